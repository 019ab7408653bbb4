import { KPI_NAMES, type SetKpiTarget } from '@trust/domain';
import { numberCell, optionalText } from '../cells.js';
import { academyStreamKind } from './academy-stream-kind.js';
import { academyColumn, academicYearColumn, ensureAcademyId } from './columns.js';

/** A KPI target for an academic year (SetKpiTarget). */
export const kpiTargetsKind = academyStreamKind<SetKpiTarget>({
  name: 'kpi-targets',
  summary: "An academy's target for a KPI in an academic year.",
  columns: [
    academyColumn,
    academicYearColumn,
    { name: 'kpi', required: true, description: `One of ${KPI_NAMES.join(', ')}.`, example: 'attendance' },
    { name: 'target', required: true, description: 'The target (a percentage for attendance: 96 or 96%).', example: '96' },
  ],
  read: (cells) => ({
    type: 'SetKpiTarget',
    academyId: ensureAcademyId(cells['academyId']),
    academicYear: optionalText(cells['academicYear']) ?? '',
    kpi: optionalText(cells['kpi']) ?? '',
    target: numberCell(cells['target'], 'target'),
  }),
  naturalKey: (row) => `${row.academyId} ${row.kpi} ${row.academicYear}`,
});
