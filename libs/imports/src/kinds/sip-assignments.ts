import type { AssignSip } from '@trust/domain';
import { dateCell, optionalText } from '../cells.js';
import { academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** A School Improvement Partner assigned to an academy (AssignSip). */
export const sipAssignmentsKind = academyStreamKind<AssignSip>({
  name: 'sip-assignments',
  summary: 'A School Improvement Partner approved for an academy.',
  columns: [
    academyColumn,
    { name: 'sipId', required: true, description: "The partner's user id (as their token names them).", example: 'sip-jo-bloggs' },
    { name: 'name', required: true, description: "The partner's name.", example: 'Jo Bloggs' },
    { name: 'approvedOn', required: true, description: 'The day the partner was approved: 01/09/2023 (day first) or 2023-09-01.', example: '01/09/2023' },
  ],
  read: (cells) => ({
    type: 'AssignSip',
    academyId: ensureAcademyId(cells['academyId']),
    sipId: optionalText(cells['sipId']) ?? '',
    name: optionalText(cells['name']) ?? '',
    approvedOn: dateCell(cells['approvedOn'], 'approvedOn'),
  }),
  naturalKey: (row) => `${row.academyId} ${row.sipId} ${row.approvedOn}`,
});
