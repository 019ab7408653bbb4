import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { parseRecordId } from '../aim/record-id.js';
import type { AmendPlanAction } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { openPlan, planAction, planPriority, type ImprovementPlanState } from './improvement-plan.state.js';
import { parseActionDescription, parseActionDueOn } from './plan-action-content.js';
import { parsePlanActionStatus } from './plan-action-status.js';
import { parsePlanOwner, samePlanOwnerAsNamed } from './plan-owner.js';
import { parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeLatestChange } from './plan-change-day.js';

/**
 * What is given replaces what stands, its progress (the status) among it; the event keeps the action whole. Any
 * status may follow any other: a dropped action may be taken up again. An amendment that changes nothing changes
 * nothing.
 */
export function amendPlanAction(
  command: AmendPlanAction,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const actionId = parseRecordId(command.actionId, 'actionId');
  const description = command.description === undefined ? undefined : parseActionDescription(command.description, 'description');
  const owner = command.owner === undefined ? undefined : parsePlanOwner(command.owner, 'owner');
  const dueOn = command.dueOn === undefined ? undefined : parseActionDueOn(command.dueOn, 'dueOn');
  const status = command.status === undefined ? undefined : parsePlanActionStatus(command.status, 'status');
  const amendedOn = parseDayOrToday(command.amendedOn, 'amendedOn', now);

  const plan = openPlan(state, academyId, academicYear, 'have its actions amended');
  const current = planAction(plan, planPriority(plan, priorityId), actionId);
  const amended = {
    description: description ?? current.description,
    owner: owner ?? current.owner,
    dueOn: dueOn ?? current.dueOn,
    status: status ?? current.status,
  };
  if (
    amended.description === current.description &&
    samePlanOwnerAsNamed(amended.owner, current.owner) &&
    amended.dueOn === current.dueOn &&
    amended.status === current.status
  ) {
    return [];
  }
  refuseBeforeLatestChange(plan, amendedOn, 'amendedOn');
  return [
    {
      type: 'PlanActionAmended',
      data: { academyId, academicYear, priorityId, actionId, ...amended, amendedOn },
    },
  ];
}
