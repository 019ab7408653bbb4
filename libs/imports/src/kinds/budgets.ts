import { BUDGET_AGREEMENT_ROLES, improvementBudgetDecider, improvementBudgetStreamId, type AgreeImprovementBudget } from '@trust/domain';
import { CellError, moneyCell, MONEY_FORMAT, partsListCell } from '../cells.js';
import type { ImportKind } from '../import-kind.js';
import { academicYearColumn, academyColumn, ensureAcademicYear, ensureAcademyId } from './columns.js';

/** An academy's improvement budget agreed for an academic year (AgreeImprovementBudget). */
export const budgetsKind: ImportKind<AgreeImprovementBudget> = {
  name: 'budgets',
  summary: "An academy's improvement budget for an academic year, and who agreed it.",
  columns: [
    academyColumn,
    academicYearColumn,
    { name: 'amount', required: true, description: `The budget: ${MONEY_FORMAT}.`, example: '£4,500.00' },
    {
      name: 'agreedBy',
      required: true,
      description: `Who agreed it, each \`name | role\`, separated by \`;\`: all of ${BUDGET_AGREEMENT_ROLES.join(', ')}.`,
      example: 'Hana Head | headteacher; Dee Director | improvement-director; Cai Chief | chief-executive; Fay Finance | finance-director',
    },
  ],
  read: (cells) => ({
    type: 'AgreeImprovementBudget',
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: ensureAcademicYear(cells['academicYear']),
    amountPence: moneyCell(cells['amount'], 'amount'),
    agreedBy: partsListCell(cells['agreedBy']).map((parts) => {
      if (parts.length !== 2) throw new CellError('agreedBy', 'must list people as `name | role`, separated by `;`');
      return { name: parts[0]!, role: parts[1]! };
    }),
  }),
  naturalKey: (row) => `${row.academyId} ${row.academicYear}`,
  lane: (row) => improvementBudgetStreamId(row.academyId, row.academicYear),
  columnOf: (field) => (field === 'amountPence' ? 'amount' : field.startsWith('agreedBy') ? 'agreedBy' : null),
  steps: async (row, lookups) => {
    await lookups.ensureAcademies([row.academyId]);
    return [{ streamId: improvementBudgetStreamId(row.academyId, row.academicYear), decider: improvementBudgetDecider, command: row }];
  },
};
