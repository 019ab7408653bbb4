import { rateCardDecider, rateCardStreamId, SUPPORT_ROLES, type SetRateCard } from '@trust/domain';
import { moneyCell, MONEY_FORMAT } from '../cells.js';
import type { ImportColumn, ImportKind } from '../import-kind.js';
import { academicYearColumn, ensureAcademicYear } from './columns.js';

const EXAMPLE_RATES: Record<string, string> = { 'improvement-director': '£350.00', 'hub-lead': '£350.00', headteacher: '£350.00', teacher: '£250.00', 'support-staff': '£150.00' };

/** The day rates of an academic year (SetRateCard): one column per role. */
export const rateCardsKind: ImportKind<SetRateCard> = {
  name: 'rate-cards',
  summary: 'The day rate of each role for an academic year, pricing its recharges.',
  columns: [
    academicYearColumn,
    ...SUPPORT_ROLES.map((role): ImportColumn => ({ name: role, required: true, description: `A day of a ${role}'s support: ${MONEY_FORMAT}.`, example: EXAMPLE_RATES[role] ?? '£250.00' })),
  ],
  read: (cells) => ({
    type: 'SetRateCard',
    academicYear: ensureAcademicYear(cells['academicYear']),
    rates: Object.fromEntries(SUPPORT_ROLES.map((role) => [role, moneyCell(cells[role], role)])),
  }),
  naturalKey: (row) => row.academicYear,
  lane: (row) => rateCardStreamId(row.academicYear),
  columnOf: (field) => SUPPORT_ROLES.find((role) => field.includes(role)) ?? null,
  steps: async (row) => [{ streamId: rateCardStreamId(row.academicYear), decider: rateCardDecider, command: row }],
};
