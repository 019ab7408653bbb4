import type { BudgetAgreementParty } from './improvement-budget.events.js';

/** One academy's improvement budget for one year: none yet, or the latest agreement. */
export type ImprovementBudgetState =
  | { status: 'none' }
  | {
      status: 'agreed';
      academyId: string;
      academicYear: string;
      amountPence: number;
      agreedBy: readonly BudgetAgreementParty[];
    };
