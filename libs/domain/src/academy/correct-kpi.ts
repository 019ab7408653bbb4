import { parseKpiValue } from '../kpi/kpi-value.js';
import { DomainError } from '../shared/domain-error.js';
import { parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseKpiName } from '../values/kpi-name.js';
import { parseTerm } from '../values/term.js';
import { parseText } from '../values/text.js';
import type { CorrectKpi } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import { figureKey, registeredAcademy, type AcademyState } from './academy.state.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';


export function correctKpi(command: CorrectKpi, state: AcademyState): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const kpi = parseKpiName(command.kpi, 'kpi');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const term = parseTerm(command.term, 'term');
  const value = parseKpiValue(kpi, command.value, 'value');
  const reason = parseText(command.reason, 'reason', MAX_TEXT_LENGTH);

  const academy = registeredAcademy(state, academyId);
  const previousValue = academy.figures.get(figureKey(academicYear, term, kpi));
  if (previousValue === undefined) {
    throw DomainError.refused(
      `${kpi} for ${term} ${academicYear} has never been recorded for academy ${academyId}, ` +
        'so there is nothing to correct; record it instead',
    );
  }
  if (previousValue === value) {
    return [];
  }
  return [{ type: 'KpiCorrected', data: { academyId, academicYear, term, kpi, value, previousValue, reason } }];
}
