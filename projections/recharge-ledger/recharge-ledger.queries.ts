import type pg from 'pg';
import { effectiveBy, LIVE, validAt, type ReadAt } from '@trust/projection-runner';
import {
  improvementIncomeAccount,
  improvementSpendAccount,
  TRUST_CENTRE_INCOME_ACCOUNT,
  type AcademyReconciliation,
  type Reconciliation,
} from '@trust/domain';

/** A line of GET /finance/ledger. Money in integer pence; position is the posting event's, as a decimal string. */
export interface LedgerLineView {
  rechargeId: string;
  date: string;
  academicYear: string;
  account: string;
  /** The academy whose account it is; null for the trust centre's. */
  academyId: string | null;
  debitPence: number;
  creditPence: number;
  description: string;
  position: string;
}

export interface LedgerFilter {
  academicYear: string;
  /** Only the lines on this academy's accounts; every line of the year when absent. */
  academyId?: string;
}

/** The year's ledger lines (of one academy, or all), in the order they were posted. */
export async function listLedgerLines(db: pg.Pool | pg.PoolClient, { academicYear, academyId }: LedgerFilter, at: ReadAt = LIVE): Promise<LedgerLineView[]> {
  const params: unknown[] = [academicYear, academyId ?? null];
  const when = `${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)}`;
  const { rows } = await db.query<{
    recharge_id: string;
    date: string;
    academic_year: string;
    account: string;
    academy_id: string | null;
    debit_pence: string;
    credit_pence: string;
    description: string;
    position: string;
  }>(
    `SELECT recharge_id, to_char(date, 'YYYY-MM-DD') AS date, academic_year, account, academy_id,
            debit_pence::text AS debit_pence, credit_pence::text AS credit_pence, description, position::text AS position
       FROM recharge_ledger_lines
      WHERE academic_year = $1 AND ($2::text IS NULL OR academy_id = $2) AND ${when}
      ORDER BY recharge_ledger_lines.position, line_number`,
    params,
  );
  return rows.map((row) => ({
    rechargeId: row.recharge_id,
    date: row.date,
    academicYear: row.academic_year,
    account: row.account,
    academyId: row.academy_id,
    debitPence: pence(row.debit_pence),
    creditPence: pence(row.credit_pence),
    description: row.description,
    position: row.position,
  }));
}

interface ReconciliationRow {
  academies:
    | {
        academy_id: string;
        budget_pence: number | null;
        spent_pence: number;
        income_pence: number;
        remaining_pence: number | null;
        over_budget: boolean;
      }[]
    | null;
  debits_pence: string;
  credits_pence: string;
  internal_net_pence: string;
  trust_centre_income_pence: string;
}

/**
 * Budgets against spend for one academic year, computed in SQL from the read model's tables: the
 * same answer as the domain's `reconcile` over the same lines and budgets. Every academy with a
 * budget or a line in the year, by URN; one statement, so it reads one snapshot. Live or as of a
 * position it reads the running balances (one row per account, so its cost does not grow with the
 * ledger); with a date (`on`) it sums the lines effective by it, since balances are kept per position,
 * not per effective day.
 */
export async function reconcileLedger(db: pg.Pool | pg.PoolClient, academicYear: string, at: ReadAt = LIVE): Promise<Reconciliation> {
  const { rows } = await db.query<ReconciliationRow>(at.on === null ? balancesReconciliation(academicYear, at) : linesReconciliation(academicYear, at));
  const row = rows[0];
  if (row === undefined) throw new Error('the reconciliation query answered no row');
  return {
    academicYear,
    academies: (row.academies ?? []).map(
      (academy): AcademyReconciliation => ({
        academyId: academy.academy_id,
        budgetPence: academy.budget_pence === null ? null : pence(academy.budget_pence),
        spentPence: pence(academy.spent_pence),
        incomePence: pence(academy.income_pence),
        remainingPence: academy.remaining_pence === null ? null : pence(academy.remaining_pence),
        overBudget: academy.over_budget,
      }),
    ),
    trustCentre: { incomePence: pence(row.trust_centre_income_pence) },
    totals: {
      debitsPence: pence(row.debits_pence),
      creditsPence: pence(row.credits_pence),
      internalNetPence: pence(row.internal_net_pence),
    },
  };
}

/**
 * The CTEs both reconciliations share, from `source` (a CTE of account, academy_id, debit_pence and
 * credit_pence: the year's lines, or its running balances): the year's budgets valid `when`, each
 * academy's spend and income, and `reconciled`, one row an academy. $2 and $3 are the domain's account
 * name templates.
 */
function academyReconciliation(source: 'year_lines' | 'year_balances', when: string): string {
  return `year_budgets AS (
       SELECT academy_id, amount_pence FROM recharge_ledger_budgets WHERE academic_year = $1 AND ${when}
     ),
     academies AS (
       SELECT academy_id FROM year_budgets
       UNION
       SELECT academy_id FROM ${source} WHERE academy_id IS NOT NULL
     ),
     balances AS (
       SELECT a.academy_id,
              b.amount_pence AS budget_pence,
              COALESCE(SUM(l.debit_pence - l.credit_pence) FILTER (WHERE l.account = format($2, a.academy_id)), 0)::bigint AS spent_pence,
              COALESCE(SUM(l.credit_pence - l.debit_pence) FILTER (WHERE l.account = format($3, a.academy_id)), 0)::bigint AS income_pence
         FROM academies a
         LEFT JOIN year_budgets b ON b.academy_id = a.academy_id
         LEFT JOIN ${source} l ON l.academy_id = a.academy_id
        GROUP BY a.academy_id, b.amount_pence
     ),
     reconciled AS (
       SELECT academy_id, budget_pence, spent_pence, income_pence,
              budget_pence - spent_pence AS remaining_pence,
              -- With no budget agreed, any spend is over budget.
              spent_pence > COALESCE(budget_pence, 0) AS over_budget
         FROM balances
     )`;
}

/** The reconciliation summed from the year's lines valid at the position and effective by the date. */
function linesReconciliation(academicYear: string, at: ReadAt): pg.QueryConfig {
  const params: unknown[] = [academicYear, improvementSpendAccount('%s'), improvementIncomeAccount('%s'), TRUST_CENTRE_INCOME_ACCOUNT];
  const when = `${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)}`;
  // The accounts are named by the domain (ledger-account.ts); SQL fills the academy into its templates.
  return {
    text: `WITH year_lines AS (
       SELECT recharge_id, account, academy_id, debit_pence, credit_pence
         FROM recharge_ledger_lines WHERE academic_year = $1 AND ${when}
     ),
     ${academyReconciliation('year_lines', when)},
     central_recharges AS (
       SELECT DISTINCT recharge_id FROM year_lines WHERE academy_id IS NULL
     )
     SELECT (SELECT json_agg(reconciled ORDER BY academy_id COLLATE "C") FROM reconciled) AS academies,
            COALESCE(SUM(debit_pence), 0)::text AS debits_pence,
            COALESCE(SUM(credit_pence), 0)::text AS credits_pence,
            COALESCE(SUM(debit_pence - credit_pence) FILTER (WHERE recharge_id NOT IN (SELECT recharge_id FROM central_recharges)), 0)::text
              AS internal_net_pence,
            COALESCE(SUM(credit_pence - debit_pence) FILTER (WHERE account = $4), 0)::text AS trust_centre_income_pence
       FROM year_lines`,
    values: params,
  };
}

/** The reconciliation from the running balances valid at the position (the current ones when live). */
function balancesReconciliation(academicYear: string, at: ReadAt): pg.QueryConfig {
  const params: unknown[] = [academicYear, improvementSpendAccount('%s'), improvementIncomeAccount('%s'), TRUST_CENTRE_INCOME_ACCOUNT];
  const when = validAt('', at.position, params);
  // A balance is never closed but by its next version, so the accounts current now are every account
  // that ever had a balance: read each one's version at the position with one index lookup (the
  // latest version from at or before it), never scanning the versions in between.
  const yearBalances =
    at.position === null
      ? `SELECT account, academy_id, debit_pence, credit_pence, internal_debit_pence, internal_credit_pence
           FROM recharge_ledger_balances WHERE academic_year = $1 AND valid_to IS NULL`
      : `SELECT v.account, v.academy_id, v.debit_pence, v.credit_pence, v.internal_debit_pence, v.internal_credit_pence
           FROM recharge_ledger_balances current
          CROSS JOIN LATERAL (
            SELECT * FROM recharge_ledger_balances b
             WHERE b.academic_year = current.academic_year AND b.account = current.account AND b.valid_from <= $${params.length}::numeric
             ORDER BY b.valid_from DESC LIMIT 1
          ) v
          WHERE current.academic_year = $1 AND current.valid_to IS NULL AND (v.valid_to IS NULL OR v.valid_to > $${params.length}::numeric)`;
  return {
    text: `WITH year_balances AS (
       ${yearBalances}
     ),
     ${academyReconciliation('year_balances', when)}
     SELECT (SELECT json_agg(reconciled ORDER BY academy_id COLLATE "C") FROM reconciled) AS academies,
            COALESCE(SUM(debit_pence), 0)::text AS debits_pence,
            COALESCE(SUM(credit_pence), 0)::text AS credits_pence,
            COALESCE(SUM(internal_debit_pence - internal_credit_pence), 0)::text AS internal_net_pence,
            COALESCE(SUM(credit_pence - debit_pence) FILTER (WHERE account = $4), 0)::text AS trust_centre_income_pence
       FROM year_balances`,
    values: params,
  };
}

/** A sum of pence from SQL as a JSON-safe number: a ledger beyond 2^53 pence would be a fault, not a rounding. */
function pence(value: string | number): number {
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`${String(value)} pence is not a safe integer`);
  return parsed;
}
