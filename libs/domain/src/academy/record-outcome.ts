import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordOutcome } from '../evidence/evidence.commands.js';
import { parseAcademicYearNotInFuture } from '../evidence/not-in-future.js';
import { OUTCOME_DIRECTIONS } from '../evidence/outcome-direction.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseOneOf } from '../values/one-of.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

export function recordOutcome(command: RecordOutcome, state: AcademyState, { now }: DecisionContext): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYearNotInFuture(command.academicYear, 'academicYear', now);
  const direction = parseOneOf(OUTCOME_DIRECTIONS, command.direction, 'direction');

  const academy = registeredAcademy(state, academyId);
  if (academy.evidence.outcomeYears.has(academicYear)) {
    throw DomainError.conflict(`the outcome of ${academicYear} is already recorded for academy ${academyId}`);
  }
  return [{ type: 'OutcomeRecorded', data: { academyId, academicYear, direction } }];
}
