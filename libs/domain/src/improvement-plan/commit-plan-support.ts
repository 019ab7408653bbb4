import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseRecordId } from '../aim/record-id.js';
import type { CommitPlanSupport } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { openPlan, planPriority, type ImprovementPlanState } from './improvement-plan.state.js';
import { parsePlanActor } from './plan-actor.js';
import { parsePlannedSupport } from './planned-support.js';
import { parseSupportKind } from './support-kind.js';
import { parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/**
 * Support the trust commits for the academy's tier (seed 000's "Trust Support" under each tier), against one
 * priority: its kind, and the core days, recharged development days and reviews planned for it.
 */
export function commitPlanSupport(
  command: CommitPlanSupport,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const commitmentId = parseRecordId(command.commitmentId, 'commitmentId');
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const kind = parseSupportKind(command.kind, 'kind');
  const planned = parsePlannedSupport(command);
  const committedBy = parsePlanActor(command.committedBy, 'committedBy');
  const committedOn = parseDayOrToday(command.committedOn, 'committedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'have support committed');
  planPriority(plan, priorityId);
  refuseBeforeLatestChange(plan, committedOn, 'committedOn');
  if (plan.commitments.has(commitmentId)) {
    throw DomainError.conflict(`support commitment ${commitmentId} is already in the plan`);
  }
  return [
    {
      type: 'PlanSupportCommitted',
      data: { academyId, academicYear, commitmentId, priorityId, kind, ...planned, committedBy, committedOn },
    },
  ];
}
