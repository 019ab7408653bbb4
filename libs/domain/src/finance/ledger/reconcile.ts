import { parseAcademicYear } from '../../values/academic-year.js';
import { improvementIncomeAccount, improvementSpendAccount, TRUST_CENTRE_INCOME_ACCOUNT } from './ledger-account.js';
import type { LedgerLine } from './ledger-line.js';

/** An academy's agreed improvement budget for a year (ImprovementBudgetAgreedData is one). */
export type ImprovementBudget = { academyId: string; academicYear: string; amountPence: number };

export type AcademyReconciliation = {
  academyId: string;
  /** Null when no budget has been agreed for the year: then any spend is over budget. */
  budgetPence: number | null;
  /** Recharges to the academy, net of reversals. */
  spentPence: number;
  /** Recharges by the academy's staff to other academies, net of reversals. */
  incomePence: number;
  /** budget − spent (negative when over budget); null with no budget. */
  remainingPence: number | null;
  overBudget: boolean;
};

export type Reconciliation = {
  academicYear: string;
  /** Every academy with a budget or a ledger line in the year, by URN. */
  academies: AcademyReconciliation[];
  trustCentre: { incomePence: number };
  totals: {
    debitsPence: number;
    creditsPence: number;
    /** Debits less credits of the recharges from one academy to another: zero when the ledger is whole. */
    internalNetPence: number;
  };
};

/**
 * Budgets against spend for one academic year, from the ledger lines and the budgets agreed (the latest
 * agreement per academy; when one is listed twice, the later wins).
 */
export function reconcile(
  lines: readonly LedgerLine[],
  budgets: readonly ImprovementBudget[],
  academicYear: string,
): Reconciliation {
  const year = parseAcademicYear(academicYear, 'academicYear');
  const yearLines = lines.filter((line) => line.academicYear === year);
  const budgetOf = new Map(
    budgets.filter((budget) => budget.academicYear === year).map((budget) => [budget.academyId, budget.amountPence]),
  );

  const byAccount = new Map<string, { debits: number; credits: number }>();
  for (const line of yearLines) {
    const total = byAccount.get(line.account) ?? { debits: 0, credits: 0 };
    byAccount.set(line.account, { debits: total.debits + line.debitPence, credits: total.credits + line.creditPence });
  }
  const debitBalance = (account: string): number => {
    const total = byAccount.get(account);
    return total === undefined ? 0 : total.debits - total.credits;
  };
  const creditBalance = (account: string): number => {
    const total = byAccount.get(account);
    return total === undefined ? 0 : total.credits - total.debits;
  };

  const academyIds = new Set([...budgetOf.keys(), ...yearLines.flatMap((line) => line.academyId ?? [])]);
  const academies = [...academyIds].sort().map((academyId): AcademyReconciliation => {
    const budgetPence = budgetOf.get(academyId) ?? null;
    const spentPence = debitBalance(improvementSpendAccount(academyId));
    return {
      academyId,
      budgetPence,
      spentPence,
      incomePence: creditBalance(improvementIncomeAccount(academyId)),
      remainingPence: budgetPence === null ? null : budgetPence - spentPence,
      overBudget: spentPence > (budgetPence ?? 0),
    };
  });

  // A recharge is internal when every line of it is on an academy's account.
  const centralRecharges = new Set(yearLines.filter((line) => line.academyId === null).map((line) => line.rechargeId));
  const internalLines = yearLines.filter((line) => !centralRecharges.has(line.rechargeId));
  return {
    academicYear: year,
    academies,
    trustCentre: { incomePence: creditBalance(TRUST_CENTRE_INCOME_ACCOUNT) },
    totals: {
      debitsPence: sum(yearLines.map((line) => line.debitPence)),
      creditsPence: sum(yearLines.map((line) => line.creditPence)),
      internalNetPence: sum(internalLines.map((line) => line.debitPence - line.creditPence)),
    },
  };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
