import type { RecordAnnualReview } from '@trust/domain';
import { optionalText, yesNoCell } from '../cells.js';
import { academicYearColumn, academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** An academy's annual review (RecordAnnualReview). */
export const annualReviewsKind = academyStreamKind<RecordAnnualReview>({
  name: 'annual-reviews',
  summary: "An academy's annual review: its capacity to improve, and a summary.",
  columns: [
    academyColumn,
    academicYearColumn,
    { name: 'capacityToImprove', required: true, description: 'yes or no.', example: 'yes' },
    { name: 'summary', required: true, description: "The review's summary.", example: 'Leadership has the capacity to sustain the improvements in reading.' },
  ],
  read: (cells) => ({
    type: 'RecordAnnualReview',
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: optionalText(cells['academicYear']) ?? '',
    capacityToImprove: yesNoCell(cells['capacityToImprove'], 'capacityToImprove', false),
    summary: optionalText(cells['summary']) ?? '',
  }),
  naturalKey: (row) => `${row.academyId} ${row.academicYear}`,
});
