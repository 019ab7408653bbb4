import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { ConfirmImprovementPlan } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { openPlan, type ImprovementPlanState } from './improvement-plan.state.js';
import { parseCausingAim, parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/**
 * The plan's priorities confirmed, at an AIM (seed 003: AIMs "review, amend or confirm the academy's
 * priorities") or through governance. A plan amended since its last confirmation may be confirmed again;
 * confirming one unchanged since changes nothing. A plan with no priority is not confirmed.
 */
export function confirmImprovementPlan(
  command: ConfirmImprovementPlan,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const aimId = parseCausingAim(command.aimId);
  const confirmedOn = parseDayOrToday(command.confirmedOn, 'confirmedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'be confirmed');
  if (plan.priorities.size === 0) {
    throw DomainError.refused(
      `the improvement plan of academy ${academyId} for ${academicYear} has no priorities yet, so there is nothing to confirm`,
    );
  }
  if (plan.status === 'confirmed' && !plan.changedSinceConfirmed) {
    return [];
  }
  refuseBeforeLatestChange(plan, confirmedOn, 'confirmedOn');
  return [{ type: 'ImprovementPlanConfirmed', data: { academyId, academicYear, aimId, confirmedOn } }];
}
