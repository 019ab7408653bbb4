import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import type { Projection } from '@trust/projection-runner';
import {
  budgetKey,
  isRechargeLedgerSourceEvent,
  RECHARGE_LEDGER_SOURCE_EVENT_TYPES,
  rechargeLedgerChange,
  type PositionedBudget,
  type PostedLedgerLine,
} from './recharge-ledger.js';

export const RECHARGE_LEDGER_PROJECTION = 'recharge-ledger';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(RECHARGE_LEDGER_SOURCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the recharge ledger: the lines each recharge and reversal posts, and the latest budget per
 * academy and year. Idempotent: a line is keyed by its event's position and its number, so posting
 * it again inserts nothing; a budget is replaced only by an agreement at a later position.
 */
export const rechargeLedgerProjection: Projection = {
  name: RECHARGE_LEDGER_PROJECTION,

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const lines = new Map<string, PostedLedgerLine>();
    const budgets = new Map<string, PositionedBudget>();
    for (const recorded of events) {
      if (!handledTypes.has(recorded.type)) continue;
      const event = domainEventCodec.decode(recorded);
      if (!isRechargeLedgerSourceEvent(event)) continue;
      const change = rechargeLedgerChange(event, recorded.position);
      for (const line of change.lines) lines.set(`${line.position}|${line.lineNumber}`, line);
      if (change.budget !== null) {
        const key = budgetKey(change.budget.academyId, change.budget.academicYear);
        const earlier = budgets.get(key);
        // One row per key per statement: an upsert may not touch the same row twice.
        if (earlier === undefined || earlier.position < change.budget.position) budgets.set(key, change.budget);
      }
    }
    await insertLines(client, [...lines.values()]);
    await upsertBudgets(client, [...budgets.values()]);
  },
};

async function insertLines(client: pg.PoolClient, lines: readonly PostedLedgerLine[]): Promise<void> {
  if (lines.length === 0) return;
  await client.query(
    `INSERT INTO recharge_ledger_lines
       (position, line_number, recharge_id, academic_year, date, account, academy_id, debit_pence, credit_pence, description)
     SELECT * FROM unnest($1::numeric[], $2::smallint[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[],
                          $8::bigint[], $9::bigint[], $10::text[])
     ON CONFLICT (position, line_number) DO NOTHING`,
    [
      lines.map((line) => line.position.toString()),
      lines.map((line) => line.lineNumber),
      lines.map((line) => line.rechargeId),
      lines.map((line) => line.academicYear),
      lines.map((line) => line.date),
      lines.map((line) => line.account),
      lines.map((line) => line.academyId),
      lines.map((line) => line.debitPence),
      lines.map((line) => line.creditPence),
      lines.map((line) => line.description),
    ],
  );
}

async function upsertBudgets(client: pg.PoolClient, budgets: readonly PositionedBudget[]): Promise<void> {
  if (budgets.length === 0) return;
  await client.query(
    `INSERT INTO recharge_ledger_budgets (academy_id, academic_year, amount_pence, position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::numeric[])
     ON CONFLICT (academy_id, academic_year) DO UPDATE
        SET amount_pence = EXCLUDED.amount_pence, position = EXCLUDED.position
      WHERE recharge_ledger_budgets.position < EXCLUDED.position`,
    [
      budgets.map((budget) => budget.academyId),
      budgets.map((budget) => budget.academicYear),
      budgets.map((budget) => budget.amountPence),
      budgets.map((budget) => budget.position.toString()),
    ],
  );
}
