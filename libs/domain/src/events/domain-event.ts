import type { AcademyEvent } from '../academy/academy.events.js';
import type { FinanceEvent } from '../finance/finance.events.js';

/** Every event the domain stores: each aggregate's union joins here (`AcademyEvent | TierEvent | ...`). */
export type DomainEvent = AcademyEvent | FinanceEvent;

export type DomainEventType = DomainEvent['type'];
