import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { DraftImprovementPlan } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import type { ImprovementPlanState } from './improvement-plan.state.js';
import { parsePlanKey } from './parse-plan-key.js';

/**
 * Seed 000: "Academy improvement planning will use the audit and analyse cycle to evaluate priorities and
 * inform academy development plans." One plan per academy per academic year, drafted once: for the coming
 * year, the current one, or a past one brought into the ledger.
 */
export function draftImprovementPlan(
  command: DraftImprovementPlan,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const draftedOn = parseDayOrToday(command.draftedOn, 'draftedOn', now);

  if (state.status !== 'none') {
    throw DomainError.conflict(`academy ${academyId} already has an improvement plan for ${academicYear}`);
  }
  return [{ type: 'ImprovementPlanDrafted', data: { academyId, academicYear, draftedOn } }];
}
