import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { BASELINE_CAPACITIES } from '../evidence/baseline-capacity.js';
import type { RecordBaseline } from '../evidence/evidence.commands.js';
import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseSummary } from '../evidence/summary.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseOneOf } from '../values/one-of.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

/** Seed 000: "A baseline assessment is undertaken during the due diligence process": once, as the school joins. */
export function recordBaseline(command: RecordBaseline, state: AcademyState, { now }: DecisionContext): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const assessedOn = parseDateNotInFuture(command.assessedOn, 'assessedOn', now);
  const summary = parseSummary(command.summary, 'summary');
  const capacity = parseOneOf(BASELINE_CAPACITIES, command.capacity, 'capacity');

  const academy = registeredAcademy(state, academyId);
  if (academy.evidence.baselineRecorded) {
    throw DomainError.conflict(`the baseline assessment of academy ${academyId} is already recorded`);
  }
  return [{ type: 'BaselineAssessed', data: { academyId, assessedOn, summary, capacity } }];
}
