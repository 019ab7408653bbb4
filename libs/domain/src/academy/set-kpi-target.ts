import { parseKpiTarget } from '../kpi/kpi-value.js';
import { parseAcademicYear } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseKpiName } from '../values/kpi-name.js';
import type { SetKpiTarget } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, targetKey, type AcademyState } from './academy.state.js';

export function setKpiTarget(command: SetKpiTarget, state: AcademyState): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const kpi = parseKpiName(command.kpi, 'kpi');
  const target = parseKpiTarget(kpi, command.target, 'target');

  const academy = registeredAcademy(state, academyId);
  if (academy.targets.get(targetKey(academicYear, kpi)) === target) {
    return [];
  }
  return [{ type: 'KpiTargetSet', data: { academyId, academicYear, kpi, target } }];
}
