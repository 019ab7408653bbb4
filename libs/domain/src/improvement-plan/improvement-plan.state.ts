import type { RagRating } from '../aim/rag-rating.js';
import { DomainError } from '../shared/domain-error.js';
import type { PlanActionStatus } from './plan-action-status.js';
import type { PlanActor } from './plan-actor.js';
import type { PlanOwner } from './plan-owner.js';
import type { PlanKpiTarget } from './plan-priority-content.js';
import type { PlannedSupport } from './planned-support.js';
import type { RatingSource } from './rating-source.js';
import type { SupportKind } from './support-kind.js';

/**
 * One academy's improvement plan for one academic year: none yet, a draft, confirmed (and perhaps amended
 * since), or closed with its year.
 */
export type ImprovementPlanState = NoImprovementPlan | ImprovementPlan;

export type NoImprovementPlan = { status: 'none' };

export type ImprovementPlanStatus = 'draft' | 'confirmed' | 'closed';

export type ImprovementPlan = {
  status: ImprovementPlanStatus;
  academyId: string;
  academicYear: string;
  draftedOn: string;
  /**
   * The day of the latest change to what the plan says (its drafting, a priority or action added or amended, a
   * confirmation): a later change, or support committed, is not dated before it.
   */
  changedOn: string;
  /** The day support was last committed; null while none is. The year is not closed before it. */
  supportCommittedOn: string | null;
  /** The latest confirmation's day; null until confirmed. A closed plan keeps it. */
  confirmedOn: string | null;
  /** Whether a priority or an action was added or amended since the latest confirmation. */
  changedSinceConfirmed: boolean;
  closedOn: string | null;
  /** In the order they were added. */
  priorities: ReadonlyMap<string, PlanPriority>;
  /** The priority each action id of the plan belongs to: an action id is used once in a plan. */
  actionPriorities: ReadonlyMap<string, string>;
  commitments: ReadonlyMap<string, SupportCommitment>;
};

export type PlanPriority = {
  priorityId: string;
  title: string;
  evidence: string;
  targets: readonly PlanKpiTarget[];
  owners: readonly PlanOwner[];
  /** In the order they were added. */
  actions: ReadonlyMap<string, PlanAction>;
  /** Every rating, in the order recorded (not necessarily of `ratedOn`). */
  ragHistory: readonly PlanRating[];
};

export type PlanAction = {
  actionId: string;
  description: string;
  owner: PlanOwner;
  dueOn: string;
  status: PlanActionStatus;
};

export type PlanRating = {
  rating: RagRating;
  ratedOn: string;
  ratedBy: PlanActor;
  comment: string | null;
  source: RatingSource;
};

export type SupportCommitment = PlannedSupport & {
  commitmentId: string;
  priorityId: string;
  kind: SupportKind;
  committedBy: PlanActor;
  committedOn: string;
};

/** The plan a command on an existing plan needs, or 404 when it was never drafted. */
export function draftedPlan(state: ImprovementPlanState, academyId: string, academicYear: string): ImprovementPlan {
  if (state.status === 'none' || state.academyId !== academyId || state.academicYear !== academicYear) {
    throw DomainError.notFound(`academy ${academyId} has no improvement plan for ${academicYear}`);
  }
  return state;
}

/** As draftedPlan, refusing (422) a change to a plan whose year is closed. */
export function openPlan(state: ImprovementPlanState, academyId: string, academicYear: string, change: string): ImprovementPlan {
  const plan = draftedPlan(state, academyId, academicYear);
  if (plan.status === 'closed') {
    throw DomainError.refused(
      `the improvement plan of academy ${academyId} for ${academicYear} was closed with its year on ` +
        `${String(plan.closedOn)}, so it can no longer ${change}`,
    );
  }
  return plan;
}

/** A priority of the plan, or 404. */
export function planPriority(plan: ImprovementPlan, priorityId: string): PlanPriority {
  const priority = plan.priorities.get(priorityId);
  if (priority === undefined) {
    throw DomainError.notFound(`the improvement plan of academy ${plan.academyId} for ${plan.academicYear} has no priority ${priorityId}`);
  }
  return priority;
}

/** An action of a priority, or 404. */
export function planAction(plan: ImprovementPlan, priority: PlanPriority, actionId: string): PlanAction {
  const action = priority.actions.get(actionId);
  if (action === undefined) {
    throw DomainError.notFound(
      `priority ${priority.priorityId} of the improvement plan of academy ${plan.academyId} for ${plan.academicYear} ` +
        `has no action ${actionId}`,
    );
  }
  return action;
}

/** Refuses (409) a title another priority of the plan already has: a priority is named by its title at AIMs and visits. */
export function refuseTitleTaken(plan: ImprovementPlan, title: string, priorityId: string): void {
  const wanted = title.toLowerCase();
  for (const other of plan.priorities.values()) {
    if (other.priorityId !== priorityId && other.title.toLowerCase() === wanted) {
      throw DomainError.conflict(`priority ${other.priorityId} of the plan is already titled "${other.title}"`);
    }
  }
}
