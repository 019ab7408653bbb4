import type { ScheduledReviewVisit } from './peer-review-group.events.js';

/**
 * Commands on one peer review visit's stream (`peer-review-visit-<visitId>`), with input as it arrives from
 * a client. Each carries the visit as the group's diary holds it (scheduledReviewVisit), a look-up like a
 * recharge's rate card: null when the group has no such visit. A scheduled visit never changes, so the
 * look-up cannot be stale.
 */

export type SetVisitFocus = {
  type: 'SetVisitFocus';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  /** The headteacherId of the person setting it: only the host's headteacher may. */
  headteacherId: string;
  aspects: readonly { aspect: string; rag: string }[];
};

export type RecordVisit = {
  type: 'RecordVisit';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  observations: readonly string[];
  /** The lead headteacher's feedback to the host headteacher. */
  feedback: string;
  actionsForNextAim: readonly string[];
  safeguardingConcerns: readonly string[];
};

export type SubmitPeerReviewReport = {
  type: 'SubmitPeerReviewReport';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  /** The headteacherId of the person submitting it: only the visit's lead headteacher may. */
  headteacherId: string;
  summary: string;
};

/** Sent by the deadline job: records, once, that the summary report is overdue. */
export type CheckPeerReviewReport = {
  type: 'CheckPeerReviewReport';
  visitId: string;
  visit: ScheduledReviewVisit | null;
  checkedOn: string;
};

export type PeerReviewVisitCommand = SetVisitFocus | RecordVisit | SubmitPeerReviewReport | CheckPeerReviewReport;
