import type { DomainEvent } from '../events/domain-event.js';
import { domainEventCatalogue } from '../events/domain-event-catalogue.js';
import type { DatedCatalogueEntry } from '../events/event-catalogue.js';

export { termEnd } from './term-end.js';

/**
 * The date in the school world an event is about (ISO `YYYY-MM-DD`), the axis `on=<date>` reads: "the
 * state on that date by everything known now". Pure, from the event's own data. Each event type says
 * which date in its catalogue entry (`effectiveDate`, in events/*-event-catalogue.ts): most carry their
 * day; what is for an academic year (a target, a tier decision, a budget, a rate card) takes its first
 * day, 1 September. A correction takes the date of the fact it corrects (a KPI correction: its term's
 * end), so a later correction changes what was true on that date. A recharge reversal is about no day
 * of its own: null, and the ledger dates its contra entries by the reversed recharge's delivery day,
 * which the reversal carries. Null too for events about no school-world date (expertise records).
 */
export function effectiveDateOf(event: DomainEvent): string | null {
  // The catalogue's mapped type gives each event type the entry for its own data.
  const entry: DatedCatalogueEntry<DomainEvent['data']> = domainEventCatalogue[event.type];
  return entry.effectiveDate(event.data);
}
