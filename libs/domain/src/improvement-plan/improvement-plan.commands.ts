import type { PlanOwnerInput } from './plan-owner.js';

/**
 * Commands on one academy's improvement plan for one academic year (`improvement-plan-<URN>-2025-26`), with
 * input as it arrives from a client: every field is validated by the decider, which names the field it refuses.
 * Each names the plan by its academy and year; the API chooses the ids of priorities, actions and commitments,
 * and passes in who is acting where a command records it.
 */

/** The plan a command is on: the academy's, for the academic year (`YYYY/YY`). */
export type ImprovementPlanKey = { academyId: string; academicYear: string };

/*
 * Each change of a plan may name the day it was made (YYYY-MM-DD), for a plan entered after the fact: not in
 * the future, and not before the plan's latest change. Left out, it is the server's day.
 */

export type DraftImprovementPlan = ImprovementPlanKey & { type: 'DraftImprovementPlan'; draftedOn?: string | null };

export type PlanKpiTargetInput = { kpi: string; successCriteria: string };

export type AddPlanPriority = ImprovementPlanKey & {
  type: 'AddPlanPriority';
  priorityId: string;
  title: string;
  evidence: string;
  /** The KPIs of the academy card it targets: none to all five, each once. */
  targets: readonly PlanKpiTargetInput[];
  owners: readonly PlanOwnerInput[];
  /** The AIM it is added at, if any. */
  aimId?: string | null;
  addedOn?: string | null;
};

/** Changes what is given and leaves the rest as it stands; an amendment that changes nothing changes nothing. */
export type AmendPlanPriority = ImprovementPlanKey & {
  type: 'AmendPlanPriority';
  priorityId: string;
  title?: string;
  evidence?: string;
  /** Replaces the targets whole. */
  targets?: readonly PlanKpiTargetInput[];
  /** Replaces the owners whole. */
  owners?: readonly PlanOwnerInput[];
  /** The AIM it is amended at (the cause), if any. */
  aimId?: string | null;
  amendedOn?: string | null;
};

export type AddPlanAction = ImprovementPlanKey & {
  type: 'AddPlanAction';
  priorityId: string;
  actionId: string;
  description: string;
  owner: PlanOwnerInput;
  /** The day it is due (YYYY-MM-DD). */
  dueOn: string;
  addedOn?: string | null;
};

/** Changes what is given (its status among them) and leaves the rest as it stands. */
export type AmendPlanAction = ImprovementPlanKey & {
  type: 'AmendPlanAction';
  priorityId: string;
  actionId: string;
  description?: string;
  owner?: PlanOwnerInput;
  dueOn?: string;
  status?: string;
  amendedOn?: string | null;
};

export type RatePlanPriority = ImprovementPlanKey & {
  type: 'RatePlanPriority';
  priorityId: string;
  rating: string;
  /** The day it was rated (YYYY-MM-DD): not in the future, within the plan's academic year. */
  ratedOn: string;
  comment?: string | null;
  /** `direct`, `aim` (with `aimId`) or `peer-visit` (with `visitId`: the host's rating a week before the visit). */
  source: string;
  aimId?: string | null;
  visitId?: string | null;
  ratedBy: { userId: string; name: string; role: string };
};

export type ConfirmImprovementPlan = ImprovementPlanKey & {
  type: 'ConfirmImprovementPlan';
  /** The AIM that confirms the priorities, if any. */
  aimId?: string | null;
  confirmedOn?: string | null;
};

export type CloseImprovementPlanYear = ImprovementPlanKey & { type: 'CloseImprovementPlanYear'; closedOn?: string | null };

export type CommitPlanSupport = ImprovementPlanKey & {
  type: 'CommitPlanSupport';
  commitmentId: string;
  priorityId: string;
  kind: string;
  coreDays: number;
  developmentDays: number;
  reviews: number;
  committedBy: { userId: string; name: string; role: string };
  committedOn?: string | null;
};

export type ImprovementPlanCommand =
  | DraftImprovementPlan
  | AddPlanPriority
  | AmendPlanPriority
  | AddPlanAction
  | AmendPlanAction
  | RatePlanPriority
  | ConfirmImprovementPlan
  | CloseImprovementPlanYear
  | CommitPlanSupport;
