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
 * Beside them, a running balance per academic year and account (one version per event that posts to it),
 * so a reconciliation live or as of a position reads one row per account however long the ledger grows.
 * Idempotent: a version already stored (same key, same position) is not inserted again, and a balance
 * adds only the lines posted after its stored version.
 */
export const rechargeLedgerProjection: Projection = {
  name: RECHARGE_LEDGER_PROJECTION,
  tables: ['recharge_ledger_lines', 'recharge_ledger_budgets', 'recharge_ledger_balances'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const changes: { event: RechargeLedgerSourceEvent; change: RechargeLedgerChange }[] = [];
    for (const recorded of events) {
      if (!handledTypes.has(recorded.type)) continue;
      const event = domainEventCodec.decode(recorded);
      if (!isRechargeLedgerSourceEvent(event)) continue;
      changes.push({ event, change: rechargeLedgerChange(event, recorded.position) });
    }
    if (changes.length === 0) return;

    const lines: RowVersion[] = [];
    const budgets: RowVersion[] = [];
    for (const { event, change } of changes) {
      for (const line of change.lines) lines.push({ row: lineRow(line, deliveredOn(event) ?? line.date), position: line.position });
      if (change.budget !== null) budgets.push({ row: budgetRow(change.budget), position: change.budget.position });
    }
    await writeVersions(client, LEDGER_LINES, lines);
    await writeVersions(client, LEDGER_BUDGETS, budgets);
    await writeVersions(client, LEDGER_BALANCES, await balanceVersions(client, changes.map(({ change }) => change.lines)));
  },
};

export const LEDGER_LINES: VersionedTable = { table: 'recharge_ledger_lines', keyColumns: ['position', 'line_number'] };
export const LEDGER_BUDGETS: VersionedTable = { table: 'recharge_ledger_budgets', keyColumns: ['academy_id', 'academic_year'] };
export const LEDGER_BALANCES: VersionedTable = { table: 'recharge_ledger_balances', keyColumns: ['academic_year', 'account'] };

/** The running sums of one account in one academic year, after the event at `position`. */
export interface AccountBalance {
  academicYear: string;
  account: string;
  academyId: string | null;
  debitPence: number;
  creditPence: number;
  /** The part posted by recharges between academies (not provided by the trust centre's staff). */
  internalDebitPence: number;
  internalCreditPence: number;
  lineCount: number;
  position: bigint;
}

const balanceKey = (academicYear: string, account: string): string => `${academicYear}|${account}`;

/**
 * The balances after each posting event, in position order, given the current stored ones: one
 * version per account an event posts to. Pure. An event at or before an account's stored version
 * has been added to it already and is skipped. A recharge is internal when none of its lines is
 * the trust centre's: the reversal of a recharge posts to the same accounts, so one event's lines
 * tell it as the whole recharge's do.
 */
export function nextBalances(current: ReadonlyMap<string, AccountBalance>, postings: readonly (readonly PostedLedgerLine[])[]): AccountBalance[] {
  const balances = new Map(current);
  const versions: AccountBalance[] = [];
  for (const lines of postings) {
    const internalByRecharge = new Map<string, boolean>();
    for (const line of lines) internalByRecharge.set(line.rechargeId, (internalByRecharge.get(line.rechargeId) ?? true) && line.academyId !== null);
    const touched = new Map<string, AccountBalance>();
    for (const line of lines) {
      const key = balanceKey(line.academicYear, line.account);
      const before = touched.get(key) ?? balances.get(key);
      if (before !== undefined && line.position <= before.position && !touched.has(key)) continue;
      const internal = internalByRecharge.get(line.rechargeId) === true;
      touched.set(key, {
        academicYear: line.academicYear,
        account: line.account,
        academyId: line.academyId,
        debitPence: (before?.debitPence ?? 0) + line.debitPence,
        creditPence: (before?.creditPence ?? 0) + line.creditPence,
        internalDebitPence: (before?.internalDebitPence ?? 0) + (internal ? line.debitPence : 0),
        internalCreditPence: (before?.internalCreditPence ?? 0) + (internal ? line.creditPence : 0),
        lineCount: (before?.lineCount ?? 0) + 1,
        position: line.position,
      });
    }
    for (const [key, balance] of touched) {
      balances.set(key, balance);
      versions.push(balance);
    }
  }
  return versions;
}

/** The new balance versions for these events' lines, from the current stored balances of the accounts they post to. */
async function balanceVersions(client: pg.PoolClient, postings: readonly (readonly PostedLedgerLine[])[]): Promise<RowVersion[]> {
  const accounts = new Map<string, { academicYear: string; account: string }>();
  for (const line of postings.flat()) accounts.set(balanceKey(line.academicYear, line.account), { academicYear: line.academicYear, account: line.account });
  if (accounts.size === 0) return [];
  const { rows } = await client.query<{
    academic_year: string;
    account: string;
    academy_id: string | null;
    debit_pence: string;
    credit_pence: string;
    internal_debit_pence: string;
    internal_credit_pence: string;
    line_count: number;
    valid_from: string;
  }>(
    `SELECT b.academic_year, b.account, b.academy_id, b.debit_pence::text, b.credit_pence::text, b.internal_debit_pence::text,
            b.internal_credit_pence::text, b.line_count, b.valid_from::text
       FROM recharge_ledger_balances b
       JOIN unnest($1::text[], $2::text[]) AS k (academic_year, account) ON k.academic_year = b.academic_year AND k.account = b.account
      WHERE b.valid_to IS NULL`,
    [[...accounts.values()].map((key) => key.academicYear), [...accounts.values()].map((key) => key.account)],
  );
  const current = new Map<string, AccountBalance>();
  for (const row of rows) {
    current.set(balanceKey(row.academic_year, row.account), {
      academicYear: row.academic_year,
      account: row.account,
      academyId: row.academy_id,
      debitPence: Number(row.debit_pence),
      creditPence: Number(row.credit_pence),
      internalDebitPence: Number(row.internal_debit_pence),
      internalCreditPence: Number(row.internal_credit_pence),
      lineCount: row.line_count,
      position: BigInt(row.valid_from),
    });
  }
  return nextBalances(current, postings).map((balance) => ({
    row: {
      academic_year: balance.academicYear,
      account: balance.account,
      academy_id: balance.academyId,
      debit_pence: balance.debitPence,
      credit_pence: balance.creditPence,
      internal_debit_pence: balance.internalDebitPence,
      internal_credit_pence: balance.internalCreditPence,
      line_count: balance.lineCount,
    },
    position: balance.position,
  }));
}

type RechargeLedgerSourceEvent = Extract<DomainEvent, { type: RechargeLedgerSourceEventType }>;

/** The day a recharge's lines, and its reversal's contra lines, are effective from: the recharge's delivery day. */
function deliveredOn(event: RechargeLedgerSourceEvent): string | null {
  return event.type === 'RechargeReversed' ? event.data.deliveredOn : effectiveDateOf(event);
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
