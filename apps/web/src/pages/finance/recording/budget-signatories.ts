/**
 * Seed 003: "The amount budgeted for will need to be agreed each year between the Headteacher, the Academy
 * Improvement Director, the Chief Executive and the Financial Director." All four are named, or the ledger
 * refuses the budget.
 */
export const BUDGET_SIGNATORIES = [
  { role: 'headteacher', label: "Headteacher's name" },
  { role: 'improvement-director', label: "Academy improvement director's name" },
  { role: 'chief-executive', label: "Chief executive's name" },
  { role: 'finance-director', label: "Finance director's name" },
] as const;

export type BudgetSignatoryRole = (typeof BUDGET_SIGNATORIES)[number]['role'];
