/** The ledger's accounts: each academy's improvement spend and income, and the trust centre's income. */

export const improvementSpendAccount = (academyId: string): string => `academy:${academyId}:improvement-spend`;

export const improvementIncomeAccount = (academyId: string): string => `academy:${academyId}:improvement-income`;

export const TRUST_CENTRE_INCOME_ACCOUNT = 'trust-centre:improvement-income';
