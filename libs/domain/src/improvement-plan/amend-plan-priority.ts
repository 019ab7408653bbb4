import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { parseRecordId } from '../aim/record-id.js';
import type { AmendPlanPriority } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent, PlanPriorityContent } from './improvement-plan.events.js';
import { openPlan, planPriority, refuseTitleTaken, type ImprovementPlanState, type PlanPriority } from './improvement-plan.state.js';
import { parsePlanOwners, samePlanOwners } from './plan-owner.js';
import { parseKpiTargets, parsePriorityEvidence, parsePriorityTitle, sameKpiTargets } from './plan-priority-content.js';
import { parseCausingAim, parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/**
 * Seed 000: plans "will be scrutinised through governance during the course of the year"; seed 003: AIMs
 * "review, amend or confirm the academy's priorities". What is given replaces what stands; the event keeps the
 * priority whole, and the AIM it was amended at. An amendment that changes nothing changes nothing.
 */
export function amendPlanPriority(
  command: AmendPlanPriority,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const title = command.title === undefined ? undefined : parsePriorityTitle(command.title, 'title');
  const evidence = command.evidence === undefined ? undefined : parsePriorityEvidence(command.evidence, 'evidence');
  const targets = command.targets === undefined ? undefined : parseKpiTargets(command.targets, 'targets');
  const owners = command.owners === undefined ? undefined : parsePlanOwners(command.owners, 'owners');
  const aimId = parseCausingAim(command.aimId);
  const amendedOn = parseDayOrToday(command.amendedOn, 'amendedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'have its priorities amended');
  const current = planPriority(plan, priorityId);
  const amended: PlanPriorityContent = {
    title: title ?? current.title,
    evidence: evidence ?? current.evidence,
    targets: targets ?? [...current.targets],
    owners: owners ?? [...current.owners],
  };
  if (sameContent(current, amended)) {
    return [];
  }
  refuseBeforeLatestChange(plan, amendedOn, 'amendedOn');
  refuseTitleTaken(plan, amended.title, priorityId);
  return [
    {
      type: 'PlanPriorityAmended',
      data: { academyId, academicYear, priorityId, ...amended, aimId, amendedOn },
    },
  ];
}

function sameContent(current: PlanPriority, amended: PlanPriorityContent): boolean {
  return (
    current.title === amended.title &&
    current.evidence === amended.evidence &&
    sameKpiTargets(current.targets, amended.targets) &&
    samePlanOwners(current.owners, amended.owners)
  );
}
