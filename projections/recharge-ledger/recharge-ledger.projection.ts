import type pg from 'pg';
import { academicYearStart, domainEventCatalogue, domainEventCodec, effectiveDateOf, type DomainEvent } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import {
  isRechargeLedgerSourceEvent,
  RECHARGE_LEDGER_SOURCE_EVENT_TYPES,
  rechargeLedgerChange,
  type PositionedBudget,
  type PostedLedgerLine,
  type RechargeLedgerChange,
  type RechargeLedgerSourceEventType,
} from './recharge-ledger.js';

export const RECHARGE_LEDGER_PROJECTION = 'recharge-ledger';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(RECHARGE_LEDGER_SOURCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the recharge ledger as temporal rows (libs/projection-runner versioned-rows): the lines each
 * recharge and reversal posts (never replaced: a reversal posts new lines), and each agreed budget per
 * academy and year, a later agreement closing the version it replaces. Every row carries the date it is
 * effective from: a recharge's lines their delivery day, a reversal's lines the reversed recharge's.
 * Idempotent: a version already stored (same key, same position) is not inserted again.
 */
export const rechargeLedgerProjection: Projection = {
  name: RECHARGE_LEDGER_PROJECTION,
  tables: ['recharge_ledger_lines', 'recharge_ledger_budgets'],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const changes: { event: RechargeLedgerSourceEvent; change: RechargeLedgerChange }[] = [];
    for (const recorded of events) {
      if (!handledTypes.has(recorded.type)) continue;
      const event = domainEventCodec.decode(recorded);
      if (!isRechargeLedgerSourceEvent(event)) continue;
      changes.push({ event, change: rechargeLedgerChange(event, recorded.position) });
    }
    if (changes.length === 0) return;

    const deliveredOn = new Map<string, string>();
    for (const { event } of changes) if (event.type === 'RechargeLogged') deliveredOn.set(event.data.rechargeId, event.data.deliveredOn);
    const reversed = changes.flatMap(({ event }) => (event.type === 'RechargeReversed' && !deliveredOn.has(event.data.rechargeId) ? [event.data.rechargeId] : []));
    for (const [rechargeId, on] of await storedDeliveryDays(client, reversed)) deliveredOn.set(rechargeId, on);

    const lines: RowVersion[] = [];
    const budgets: RowVersion[] = [];
    for (const { event, change } of changes) {
      for (const line of change.lines) {
        const effectiveOn = deliveredOn.get(line.rechargeId) ?? effectiveDateOf(event) ?? line.date;
        lines.push({ row: lineRow(line, effectiveOn), position: line.position });
      }
      if (change.budget !== null) budgets.push({ row: budgetRow(change.budget), position: change.budget.position });
    }
    await writeVersions(client, LEDGER_LINES, lines);
    await writeVersions(client, LEDGER_BUDGETS, budgets);
  },
};

export const LEDGER_LINES: VersionedTable = { table: 'recharge_ledger_lines', keyColumns: ['position', 'line_number'] };
export const LEDGER_BUDGETS: VersionedTable = { table: 'recharge_ledger_budgets', keyColumns: ['academy_id', 'academic_year'] };

type RechargeLedgerSourceEvent = Extract<DomainEvent, { type: RechargeLedgerSourceEventType }>;

/** The delivery day of recharges posted in earlier batches, from their stored lines. */
async function storedDeliveryDays(client: pg.PoolClient, rechargeIds: readonly string[]): Promise<Map<string, string>> {
  if (rechargeIds.length === 0) return new Map();
  const { rows } = await client.query<{ recharge_id: string; effective_on: string }>(
    `SELECT recharge_id, to_char(min(effective_on), 'YYYY-MM-DD') AS effective_on
       FROM recharge_ledger_lines WHERE recharge_id = ANY ($1::text[]) GROUP BY recharge_id`,
    [rechargeIds],
  );
  return new Map(rows.map((row) => [row.recharge_id, row.effective_on]));
}

function lineRow(line: PostedLedgerLine, effectiveOn: string): Record<string, unknown> {
  return {
    position: line.position.toString(),
    line_number: line.lineNumber,
    recharge_id: line.rechargeId,
    academic_year: line.academicYear,
    date: line.date,
    account: line.account,
    academy_id: line.academyId,
    debit_pence: line.debitPence,
    credit_pence: line.creditPence,
    description: line.description,
    effective_on: effectiveOn,
  };
}

function budgetRow(budget: PositionedBudget): Record<string, unknown> {
  return {
    academy_id: budget.academyId,
    academic_year: budget.academicYear,
    amount_pence: budget.amountPence,
    position: budget.position.toString(),
    effective_on: academicYearStart(budget.academicYear),
  };
}
