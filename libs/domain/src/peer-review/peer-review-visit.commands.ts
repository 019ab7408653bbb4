import type { ImprovementPlanLookUp } from '../improvement-plan/plan-look-up.js';
import type { ScheduledReviewVisit } from './peer-review-group.events.js';
import type { VisitActor } from './visit-attendance.js';

/**
 * Commands on one peer review visit's stream (`peer-review-visit-<visitId>`), with input as it arrives from
 * a client. Each carries the visit as the group's diary holds it (scheduledReviewVisit), a look-up like a
 * recharge's rate card: null when the group has no such visit. A scheduled visit never changes, so the
 * look-up cannot be stale. Each but the deadline check carries its actor: what part they play in the visit
 * decides whether they may (visit-attendance.ts).
 */

export type SetVisitFocus = {
  type: 'SetVisitFocus';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  /** Only the host's headteacher may. */
  actor: VisitActor;
  /** Each a text, or a priority of the host's plan for the visit's year named by `planPriorityId` (its title is then the text). */
  aspects: readonly { aspect?: string | null; rag: string; planPriorityId?: string | null }[];
  /**
   * The host academy's improvement plan for the visit's academic year, looked up by the application once it
   * has found the visit (null when the diary has no such visit): when there is one, every aspect names one of
   * its priorities.
   */
  hostPlan: ImprovementPlanLookUp | null;
};

/** The visit held: only its lead headteacher or its facilitator records it, once. */
export type RecordVisit = {
  type: 'RecordVisit';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  actor: VisitActor;
  /** The recorder's own observations, if they give them here rather than with RecordVisitObservations. */
  observations?: readonly string[];
  /** The lead headteacher's feedback to the host headteacher. */
  feedback: string;
  actionsForNextAim: readonly string[];
};

/** One visitor's own observations and safeguarding concerns: any visitor, any number of times. */
export type RecordVisitObservations = {
  type: 'RecordVisitObservations';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  actor: VisitActor;
  observations?: readonly string[];
  safeguardingConcerns?: readonly string[];
};

export type SubmitPeerReviewReport = {
  type: 'SubmitPeerReviewReport';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  /** Only the visit's lead headteacher may. */
  actor: VisitActor;
  summary: string;
  /** Only for a visit recorded after the fact: the day the report was sent. */
  submittedOn?: unknown;
};

/** Sent by the deadline job: records, once, that the summary report is overdue. */
export type CheckPeerReviewReport = {
  type: 'CheckPeerReviewReport';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  checkedOn: string;
};

export type PeerReviewVisitCommand =
  | SetVisitFocus
  | RecordVisit
  | RecordVisitObservations
  | SubmitPeerReviewReport
  | CheckPeerReviewReport;
