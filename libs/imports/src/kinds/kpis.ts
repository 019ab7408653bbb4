import { KPI_NAMES, RECORDABLE_KPI_SOURCES, TERMS, type RecordKpi } from '@trust/domain';
import { numberCell, optionalNumberCell, optionalText } from '../cells.js';
import { academyStreamKind } from './academy-stream-kind.js';
import { academyColumn, academicYearColumn, ensureAcademyId } from './columns.js';

/** A KPI figure for a term (RecordKpi). */
export const kpisKind = academyStreamKind<RecordKpi>({
  name: 'kpis',
  summary: "An academy's KPI figure for a term.",
  columns: [
    academyColumn,
    { name: 'kpi', required: true, description: `One of ${KPI_NAMES.join(', ')}.`, example: 'attendance' },
    academicYearColumn,
    { name: 'term', required: true, description: `One of ${TERMS.join(', ')}.`, example: 'autumn' },
    { name: 'value', required: true, description: 'The figure (a percentage for attendance: 94.6 or 94.6%).', example: '94.6' },
    { name: 'nationalAverage', required: false, description: 'The national average recorded with the figure (empty: none).', example: '94.1' },
    { name: 'source', required: false, description: `${RECORDABLE_KPI_SOURCES.join(' or ')} (empty: academy-data).`, example: 'academy-data' },
  ],
  read: (cells) => {
    const source = optionalText(cells['source']);
    return {
      type: 'RecordKpi',
      academyId: ensureAcademyId(cells['academyId']),
      kpi: optionalText(cells['kpi']) ?? '',
      academicYear: optionalText(cells['academicYear']) ?? '',
      term: optionalText(cells['term']) ?? '',
      value: numberCell(cells['value'], 'value'),
      nationalAverage: optionalNumberCell(cells['nationalAverage'], 'nationalAverage'),
      ...(source === null ? {} : { source }),
    };
  },
  naturalKey: (row) => `${row.academyId} ${row.kpi} ${row.academicYear} ${row.term}`,
});
