import { EIF_2024_AREAS, EIF_GRADES, INSPECTION_FRAMEWORKS, OPTIONAL_INSPECTION_AREAS, REPORT_CARD_AREAS, REPORT_CARD_GRADES, SAFEGUARDING_OUTCOMES, type RecordInspection } from '@trust/domain';
import { CellError, dateCell, optionalText, partsListCell } from '../cells.js';
import { academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** An inspection under any framework (RecordInspection): an overall grade (eif-2019), or a grade per area. */
export const inspectionsKind = academyStreamKind<RecordInspection>({
  name: 'inspections',
  summary: 'An inspection of an academy, under the framework it was made under.',
  columns: [
    academyColumn,
    { name: 'inspectedOn', required: true, description: 'The day of the inspection: 14/05/2024 (day first) or 2024-05-14.', example: '14/05/2024' },
    { name: 'framework', required: true, description: `One of ${INSPECTION_FRAMEWORKS.join(', ')}.`, example: 'eif-2024' },
    { name: 'overallEffectiveness', required: false, description: `eif-2019 only: ${EIF_GRADES.join(', ')}.`, example: '' },
    {
      name: 'grades',
      required: false,
      description:
        `eif-2024 and report-card-2025: each \`area | grade\`, separated by \`;\`. eif-2024 areas: ${[...EIF_2024_AREAS, ...OPTIONAL_INSPECTION_AREAS].join(', ')} (grades ${EIF_GRADES.join(', ')}); ` +
        `report-card-2025 areas: ${REPORT_CARD_AREAS.join(', ')} (grades ${REPORT_CARD_GRADES.join(', ')}).`,
      example: 'quality-of-education | good; behaviour-and-attitudes | good; personal-development | good; leadership-and-management | good',
    },
    { name: 'safeguarding', required: false, description: `report-card-2025 only: ${SAFEGUARDING_OUTCOMES.join(' or ')}.`, example: '' },
  ],
  read: (cells) => {
    const grades = partsListCell(cells['grades']);
    return {
      type: 'RecordInspection',
      academyId: ensureAcademyId(cells['academyId']),
      inspectedOn: dateCell(cells['inspectedOn'], 'inspectedOn'),
      framework: optionalText(cells['framework']) ?? '',
      overallEffectiveness: optionalText(cells['overallEffectiveness']),
      grades:
        grades.length === 0
          ? null
          : Object.fromEntries(
              grades.map((parts) => {
                if (parts.length !== 2) throw new CellError('grades', 'must list grades as `area | grade`, separated by `;`');
                return [parts[0]!, parts[1]!];
              }),
            ),
      safeguarding: optionalText(cells['safeguarding']),
    };
  },
  naturalKey: (row) => `${row.academyId} ${row.inspectedOn}`,
});
