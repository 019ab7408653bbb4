import type { RecordSipVisit } from '@trust/domain';
import { dateCell, optionalText } from '../cells.js';
import { academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** A School Improvement Partner's visit and its report (RecordSipVisit). */
export const sipVisitsKind = academyStreamKind<RecordSipVisit>({
  name: 'sip-visits',
  summary: "A School Improvement Partner's visit to an academy, with its report's summary.",
  columns: [
    academyColumn,
    { name: 'visitedOn', required: true, description: 'The day of the visit: 07/11/2023 (day first) or 2023-11-07.', example: '07/11/2023' },
    { name: 'reportSummary', required: true, description: "The visit report's summary.", example: 'Phonics teaching is consistent; reading for pleasure needs a plan.' },
  ],
  read: (cells) => ({
    type: 'RecordSipVisit',
    academyId: ensureAcademyId(cells['academyId']),
    visitedOn: dateCell(cells['visitedOn'], 'visitedOn'),
    reportSummary: optionalText(cells['reportSummary']) ?? '',
  }),
  naturalKey: (row) => `${row.academyId} ${row.visitedOn}`,
});
