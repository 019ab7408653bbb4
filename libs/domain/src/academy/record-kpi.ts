import { DEFAULT_KPI_SOURCE, RECORDABLE_KPI_SOURCES } from '../kpi/kpi-source.js';
import { parseKpiValue, parseNationalAverage } from '../kpi/kpi-value.js';
import { DomainError } from '../shared/domain-error.js';
import { parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseKpiName } from '../values/kpi-name.js';
import { parseOneOf } from '../values/one-of.js';
import { parseTerm } from '../values/term.js';
import type { RecordKpi } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import { figureKey, registeredAcademy, type AcademyState } from './academy.state.js';

export function recordKpi(command: RecordKpi, state: AcademyState): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const kpi = parseKpiName(command.kpi, 'kpi');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const term = parseTerm(command.term, 'term');
  const value = parseKpiValue(kpi, command.value, 'value');
  // Only attendance is judged against the national average, but the figure recorded with any KPI is
  // kept for the card as long as it is a valid percentage.
  const nationalAverage =
    command.nationalAverage === undefined || command.nationalAverage === null
      ? null
      : parseNationalAverage(command.nationalAverage, 'nationalAverage');
  const source = command.source === undefined ? DEFAULT_KPI_SOURCE : parseOneOf(RECORDABLE_KPI_SOURCES, command.source, 'source');

  const academy = registeredAcademy(state, academyId);
  if (academy.figures.has(figureKey(academicYear, term, kpi))) {
    throw DomainError.conflict(
      `${kpi} for ${term} ${academicYear} is already recorded for academy ${academyId}; send a correction to change it`,
    );
  }
  return [{ type: 'KpiRecorded', data: { academyId, academicYear, term, kpi, value, nationalAverage, source } }];
}
