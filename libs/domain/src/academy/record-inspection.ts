import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordInspection } from '../evidence/evidence.commands.js';
import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseInspection } from '../evidence/parse-inspection.js';
import { parseAcademyId } from '../values/academy-id.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

export function recordInspection(
  command: RecordInspection,
  state: AcademyState,
  { now }: DecisionContext,
): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const inspectedOn = parseDateNotInFuture(command.inspectedOn, 'inspectedOn', now);
  const inspection = parseInspection(command, inspectedOn);

  const academy = registeredAcademy(state, academyId);
  if (academy.evidence.inspectionDates.has(inspectedOn)) {
    throw DomainError.conflict(`an inspection of academy ${academyId} on ${inspectedOn} is already recorded`);
  }
  return [{ type: 'InspectionRecorded', data: { academyId, ...inspection } }];
}
