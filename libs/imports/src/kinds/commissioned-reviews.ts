import { TERMS, type RecordCommissionedReview } from '@trust/domain';
import { dateCell, optionalText } from '../cells.js';
import { academicYearColumn, academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** A review the trust commissioned, completed in a term (RecordCommissionedReview). */
export const commissionedReviewsKind = academyStreamKind<RecordCommissionedReview>({
  name: 'commissioned-reviews',
  summary: 'A review of an academy the trust commissioned, completed in a term.',
  columns: [
    academyColumn,
    academicYearColumn,
    { name: 'term', required: true, description: `One of ${TERMS.join(', ')}.`, example: 'spring' },
    { name: 'completedOn', required: true, description: 'The day it was completed: 20/03/2024 (day first) or 2024-03-20.', example: '20/03/2024' },
    { name: 'summary', required: true, description: "The review's summary.", example: 'Safeguarding is effective; attendance procedures need tightening.' },
  ],
  read: (cells) => ({
    type: 'RecordCommissionedReview',
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: optionalText(cells['academicYear']) ?? '',
    term: optionalText(cells['term']) ?? '',
    completedOn: dateCell(cells['completedOn'], 'completedOn'),
    summary: optionalText(cells['summary']) ?? '',
  }),
  naturalKey: (row) => `${row.academyId} ${row.academicYear} ${row.term}`,
});
