import { OUTCOME_DIRECTIONS, type RecordOutcome } from '@trust/domain';
import { optionalText } from '../cells.js';
import { academicYearColumn, academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** An academic year's outcomes, positive or negative (RecordOutcome). */
export const outcomesKind = academyStreamKind<RecordOutcome>({
  name: 'outcomes',
  summary: "The direction of an academy's outcomes in an academic year.",
  columns: [academyColumn, academicYearColumn, { name: 'direction', required: true, description: `One of ${OUTCOME_DIRECTIONS.join(', ')}.`, example: 'positive' }],
  read: (cells) => ({
    type: 'RecordOutcome',
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: optionalText(cells['academicYear']) ?? '',
    direction: optionalText(cells['direction']) ?? '',
  }),
  naturalKey: (row) => `${row.academyId} ${row.academicYear}`,
});
