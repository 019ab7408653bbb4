import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseRecordId } from '../aim/record-id.js';
import type { AddPlanAction } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { openPlan, planPriority, type ImprovementPlanState } from './improvement-plan.state.js';
import { parseActionDescription, parseActionDueOn } from './plan-action-content.js';
import { parsePlanOwner } from './plan-owner.js';
import { parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/** An action toward a priority: what is to be done, its one owner and the day it is due. It starts not started. */
export function addPlanAction(
  command: AddPlanAction,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const actionId = parseRecordId(command.actionId, 'actionId');
  const description = parseActionDescription(command.description, 'description');
  const owner = parsePlanOwner(command.owner, 'owner');
  const dueOn = parseActionDueOn(command.dueOn, 'dueOn');
  const addedOn = parseDayOrToday(command.addedOn, 'addedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'have actions added');
  planPriority(plan, priorityId);
  refuseBeforeLatestChange(plan, addedOn, 'addedOn');
  const holder = plan.actionPriorities.get(actionId);
  if (holder !== undefined) {
    throw DomainError.conflict(`action ${actionId} is already in the plan, under priority ${holder}`);
  }
  return [
    {
      type: 'PlanActionAdded',
      data: { academyId, academicYear, priorityId, actionId, description, owner, dueOn, addedOn },
    },
  ];
}
