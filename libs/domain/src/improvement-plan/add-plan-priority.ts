import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseRecordId } from '../aim/record-id.js';
import type { AddPlanPriority } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { openPlan, refuseTitleTaken, type ImprovementPlanState } from './improvement-plan.state.js';
import { parsePlanOwners } from './plan-owner.js';
import { parseKpiTargets, parsePriorityEvidence, parsePriorityTitle } from './plan-priority-content.js';
import { parseCausingAim, parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/** A priority of the plan, from the evidence, with the KPIs it targets and its owners; a draft's or a confirmed plan's. */
export function addPlanPriority(
  command: AddPlanPriority,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const title = parsePriorityTitle(command.title, 'title');
  const evidence = parsePriorityEvidence(command.evidence, 'evidence');
  const targets = parseKpiTargets(command.targets, 'targets');
  const owners = parsePlanOwners(command.owners, 'owners');
  const aimId = parseCausingAim(command.aimId);
  const addedOn = parseDayOrToday(command.addedOn, 'addedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'have priorities added');
  refuseBeforeLatestChange(plan, addedOn, 'addedOn');
  if (plan.priorities.has(priorityId)) {
    throw DomainError.conflict(`priority ${priorityId} is already in the plan`);
  }
  refuseTitleTaken(plan, title, priorityId);
  return [
    {
      type: 'PlanPriorityAdded',
      data: { academyId, academicYear, priorityId, title, evidence, targets, owners, aimId, addedOn },
    },
  ];
}
