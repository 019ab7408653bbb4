import type { RagRating } from '../aim/rag-rating.js';
import { academicYearSlug } from '../finance/academic-year-slug.js';
import type { PlanActionStatus } from './plan-action-status.js';
import type { PlanActor } from './plan-actor.js';
import type { PlanOwner } from './plan-owner.js';
import type { PlanKpiTarget } from './plan-priority-content.js';
import type { PlannedSupport } from './planned-support.js';
import type { RatingSource } from './rating-source.js';
import type { SupportKind } from './support-kind.js';

/**
 * Events of one academy's improvement plan for one academic year (`improvement-plan-<URN>-2025-26`). Every
 * event names the academy and the year; data is plain JSON, dates ISO strings. The `...On` days are the
 * server's day the fact was recorded, but a rating's, which is the day it was given.
 */

export type ImprovementPlanDraftedData = { academyId: string; academicYear: string; draftedOn: string };

/** A priority as it stands: what it is, the evidence for it, the KPIs it targets and who owns it. */
export type PlanPriorityContent = {
  title: string;
  evidence: string;
  targets: PlanKpiTarget[];
  owners: PlanOwner[];
};

export type PlanPriorityAddedData = PlanPriorityContent & {
  academyId: string;
  academicYear: string;
  priorityId: string;
  /** The AIM it was added at; null when added otherwise. */
  aimId: string | null;
  addedOn: string;
};

/** The priority as it now stands, whole, after the amendment. */
export type PlanPriorityAmendedData = PlanPriorityContent & {
  academyId: string;
  academicYear: string;
  priorityId: string;
  /** The AIM it was amended at (seed 003: AIMs "review, amend or confirm the academy's priorities"); null otherwise. */
  aimId: string | null;
  amendedOn: string;
};

/** An action of a priority as it stands: what is to be done, by whom, by when, and how far it has got. */
export type PlanActionContent = {
  description: string;
  owner: PlanOwner;
  dueOn: string;
};

/** An action starts not started. */
export type PlanActionAddedData = PlanActionContent & {
  academyId: string;
  academicYear: string;
  priorityId: string;
  actionId: string;
  addedOn: string;
};

/** The action as it now stands, whole, with its status. */
export type PlanActionAmendedData = PlanActionContent & {
  academyId: string;
  academicYear: string;
  priorityId: string;
  actionId: string;
  status: PlanActionStatus;
  amendedOn: string;
};

/** A RAG rating of a priority, kept as one entry of its history. */
export type PlanPriorityRatedData = {
  academyId: string;
  academicYear: string;
  priorityId: string;
  rating: RagRating;
  /** The day it was rated (an AIM's day, a week before a visit): within the plan's academic year. */
  ratedOn: string;
  ratedBy: PlanActor;
  comment: string | null;
  source: RatingSource;
};

export type ImprovementPlanConfirmedData = {
  academyId: string;
  academicYear: string;
  /** The AIM that confirmed the priorities; null when confirmed otherwise (by governance, say). */
  aimId: string | null;
  confirmedOn: string;
};

export type ImprovementPlanYearClosedData = { academyId: string; academicYear: string; closedOn: string };

/** Support the trust commits, for the academy's tier, against one priority. */
export type PlanSupportCommittedData = PlannedSupport & {
  academyId: string;
  academicYear: string;
  commitmentId: string;
  priorityId: string;
  kind: SupportKind;
  committedBy: PlanActor;
  committedOn: string;
};

export type ImprovementPlanEvent =
  | { type: 'ImprovementPlanDrafted'; data: ImprovementPlanDraftedData }
  | { type: 'PlanPriorityAdded'; data: PlanPriorityAddedData }
  | { type: 'PlanPriorityAmended'; data: PlanPriorityAmendedData }
  | { type: 'PlanActionAdded'; data: PlanActionAddedData }
  | { type: 'PlanActionAmended'; data: PlanActionAmendedData }
  | { type: 'PlanPriorityRated'; data: PlanPriorityRatedData }
  | { type: 'ImprovementPlanConfirmed'; data: ImprovementPlanConfirmedData }
  | { type: 'ImprovementPlanYearClosed'; data: ImprovementPlanYearClosedData }
  | { type: 'PlanSupportCommitted'; data: PlanSupportCommittedData };

export const improvementPlanStreamId = (academyId: string, academicYear: string): string =>
  `improvement-plan-${academyId}-${academicYearSlug(academicYear)}`;
