/**
 * Seed 003: "The amount budgeted for will need to be agreed each year between the Headteacher, the
 * Academy Improvement Director, the Chief Executive and the Financial Director."
 */
export const BUDGET_AGREEMENT_ROLES = [
  'headteacher',
  'improvement-director',
  'chief-executive',
  'finance-director',
] as const;
export type BudgetAgreementRole = (typeof BUDGET_AGREEMENT_ROLES)[number];

export const budgetAgreementRoleTitle: Readonly<Record<BudgetAgreementRole, string>> = {
  headteacher: 'the headteacher',
  'improvement-director': 'the academy improvement director',
  'chief-executive': 'the chief executive',
  'finance-director': 'the finance director',
};
