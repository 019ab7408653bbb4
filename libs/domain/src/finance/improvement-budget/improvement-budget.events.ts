import { academicYearSlug } from '../academic-year-slug.js';
import type { BudgetAgreementRole } from './budget-agreement-role.js';

/** Events of one academy's improvement budget stream for one academic year (`budget-<URN>-2024-25`). */

export type BudgetAgreementParty = { name: string; role: BudgetAgreementRole };

/**
 * The budget agreed for the year. A later agreement for the same year is the same event again, with the
 * amount it replaces in `revisesAmountPence`: each agreement is a fact of its own, so the history is kept.
 */
export type ImprovementBudgetAgreedData = {
  academyId: string;
  academicYear: string;
  amountPence: number;
  agreedBy: BudgetAgreementParty[];
  /** Null for the year's first agreement; otherwise the amount of the agreement this one revises. */
  revisesAmountPence: number | null;
};

export type ImprovementBudgetEvent = { type: 'ImprovementBudgetAgreed'; data: ImprovementBudgetAgreedData };

export const improvementBudgetStreamId = (academyId: string, academicYear: string): string =>
  `budget-${academyId}-${academicYearSlug(academicYear)}`;
