import type { ImprovementPlanEvent, PlanPriorityContent } from './improvement-plan.events.js';
import type { ImprovementPlan, ImprovementPlanState, PlanPriority } from './improvement-plan.state.js';
import { samePlanOwnerAsNamed } from './plan-owner.js';

export const initialImprovementPlanState = (): ImprovementPlanState => ({ status: 'none' });

export function evolveImprovementPlan(state: ImprovementPlanState, event: ImprovementPlanEvent): ImprovementPlanState {
  if (event.type === 'ImprovementPlanDrafted') {
    if (state.status !== 'none') {
      return state;
    }
    const { academyId, academicYear, draftedOn } = event.data;
    return {
      status: 'draft',
      academyId,
      academicYear,
      draftedOn,
      changedOn: draftedOn,
      supportCommittedOn: null,
      confirmedOn: null,
      changedSinceConfirmed: false,
      closedOn: null,
      priorities: new Map(),
      actionPriorities: new Map(),
      commitments: new Map(),
    };
  }
  if (state.status === 'none') {
    return state;
  }
  const next = evolvePlan(state, event);
  if (next === state) {
    return state;
  }
  switch (event.type) {
    case 'PlanPriorityAdded':
    case 'PlanActionAdded':
      return { ...next, changedOn: later(next.changedOn, event.data.addedOn) };
    case 'PlanPriorityAmended':
    case 'PlanActionAmended':
      return { ...next, changedOn: later(next.changedOn, event.data.amendedOn) };
    case 'ImprovementPlanConfirmed':
      return { ...next, changedOn: later(next.changedOn, event.data.confirmedOn) };
    case 'PlanSupportCommitted':
      return { ...next, supportCommittedOn: later(next.supportCommittedOn ?? event.data.committedOn, event.data.committedOn) };
    case 'ImprovementPlanYearClosed':
    case 'PlanPriorityRated':
      return next;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The later of two days (YYYY-MM-DD). */
const later = (a: string, b: string): string => (b > a ? b : a);

function evolvePlan(state: ImprovementPlan, event: Exclude<ImprovementPlanEvent, { type: 'ImprovementPlanDrafted' }>): ImprovementPlan {
  switch (event.type) {
    case 'PlanPriorityAdded': {
      const { priorityId } = event.data;
      if (state.priorities.has(priorityId)) {
        return state;
      }
      const priority: PlanPriority = { priorityId, ...contentOf(event.data), actions: new Map(), ragHistory: [] };
      return changed(state, new Map(state.priorities).set(priorityId, priority));
    }
    case 'PlanPriorityAmended':
      return withPriority(state, event.data.priorityId, (priority) => ({ ...priority, ...contentOf(event.data) }), true);
    case 'PlanActionAdded': {
      const { priorityId, actionId, description, owner, dueOn } = event.data;
      if (state.actionPriorities.has(actionId)) {
        return state;
      }
      const next = withPriority(
        state,
        priorityId,
        (priority) => ({
          ...priority,
          actions: new Map(priority.actions).set(actionId, { actionId, description, owner, dueOn, status: 'not-started' }),
        }),
        true,
      );
      return next === state ? state : { ...next, actionPriorities: new Map(state.actionPriorities).set(actionId, priorityId) };
    }
    case 'PlanActionAmended': {
      const { priorityId, actionId, description, owner, dueOn, status } = event.data;
      const action = state.priorities.get(priorityId)?.actions.get(actionId);
      if (action === undefined) {
        return state;
      }
      // Progress (the status alone) is monitoring, not a change to the plan that was confirmed.
      const planChanged =
        action.description !== description || !samePlanOwnerAsNamed(action.owner, owner) || action.dueOn !== dueOn;
      return withPriority(
        state,
        priorityId,
        (priority) => ({
          ...priority,
          actions: new Map(priority.actions).set(actionId, { actionId, description, owner, dueOn, status }),
        }),
        planChanged,
      );
    }
    case 'PlanPriorityRated': {
      const { rating, ratedOn, ratedBy, comment, source } = event.data;
      return withPriority(
        state,
        event.data.priorityId,
        (priority) => ({ ...priority, ragHistory: [...priority.ragHistory, { rating, ratedOn, ratedBy, comment, source }] }),
        false,
      );
    }
    case 'ImprovementPlanConfirmed':
      return state.status === 'closed'
        ? state
        : { ...state, status: 'confirmed', confirmedOn: event.data.confirmedOn, changedSinceConfirmed: false };
    case 'ImprovementPlanYearClosed':
      return state.status === 'closed' ? state : { ...state, status: 'closed', closedOn: event.data.closedOn };
    case 'PlanSupportCommitted': {
      const { commitmentId, priorityId, kind, coreDays, developmentDays, reviews, committedBy, committedOn } = event.data;
      if (state.commitments.has(commitmentId)) {
        return state;
      }
      return {
        ...state,
        commitments: new Map(state.commitments).set(commitmentId, {
          commitmentId,
          priorityId,
          kind,
          coreDays,
          developmentDays,
          reviews,
          committedBy,
          committedOn,
        }),
      };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function contentOf({ title, evidence, targets, owners }: PlanPriorityContent): PlanPriorityContent {
  return { title, evidence, targets, owners };
}

function changed(plan: ImprovementPlan, priorities: ReadonlyMap<string, PlanPriority>): ImprovementPlan {
  return { ...plan, priorities, changedSinceConfirmed: plan.confirmedOn !== null };
}

/** The plan with one priority replaced; unchanged when it has no such priority. */
function withPriority(
  plan: ImprovementPlan,
  priorityId: string,
  replace: (priority: PlanPriority) => PlanPriority,
  planChanged: boolean,
): ImprovementPlan {
  const priority = plan.priorities.get(priorityId);
  if (priority === undefined) {
    return plan;
  }
  const priorities = new Map(plan.priorities).set(priorityId, replace(priority));
  return planChanged ? changed(plan, priorities) : { ...plan, priorities };
}
