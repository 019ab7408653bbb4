import { RISK_LEVELS, type AssessRisk } from '@trust/domain';
import { CellError, dateCell, optionalText, partsListCell } from '../cells.js';
import { academyColumn, ensureAcademyId } from './columns.js';
import { academyStreamKind } from './academy-stream-kind.js';

/** An academy's risk register as assessed on a day (AssessRisk). */
export const riskAssessmentsKind = academyStreamKind<AssessRisk>({
  name: 'risk-assessments',
  summary: "An academy's risk level and register, as assessed on a day.",
  columns: [
    academyColumn,
    { name: 'assessedOn', required: true, description: 'The day of the assessment: 15/01/2024 (day first) or 2024-01-15.', example: '15/01/2024' },
    { name: 'level', required: true, description: `One of ${RISK_LEVELS.join(', ')}.`, example: 'medium' },
    { name: 'risks', required: true, description: 'Each risk `title` or `title | owner`, separated by `;`.', example: 'Falling rolls in Reception | Hana Head; Staff turnover' },
  ],
  read: (cells) => ({
    type: 'AssessRisk',
    academyId: ensureAcademyId(cells['academyId']),
    assessedOn: dateCell(cells['assessedOn'], 'assessedOn'),
    level: optionalText(cells['level']) ?? '',
    risks: partsListCell(cells['risks']).map(([title = '', owner, ...rest]) => {
      if (rest.length > 0) throw new CellError('risks', 'must list risks as `title` or `title | owner`, separated by `;`');
      return { title, owner: owner ?? null };
    }),
  }),
  naturalKey: (row) => `${row.academyId} ${row.assessedOn}`,
});
