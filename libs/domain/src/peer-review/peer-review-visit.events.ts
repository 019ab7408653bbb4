import type { RagRating } from '../aim/rag-rating.js';
import type { VisitAttendee } from './visit-attendance.js';

/**
 * Events of one peer review visit's stream (`peer-review-visit-<visitId>`): what the visit found.
 * Confidential (seed 003: "Information shared in meetings is confidential and should only be shared
 * through the appropriate channels"): read them only where mayReadPeerReview allows.
 */

/**
 * An aspect of the host's improvement plan in focus, as the host headteacher RAG rated it. `planPriorityId`
 * names the priority of the host's plan for the visit's year that it is (the text is then that priority's
 * title as it stood): the host's rating of the plan a week before the visit. Null for a free-text aspect,
 * when the host had no plan for the year, and for every aspect of a v1 VisitFocusSet.
 */
export type FocusAspect = { aspect: string; rag: RagRating; planPriorityId: string | null };

/**
 * v2 added `academicYear` (the visit's: the year of the host's plan its aspects name) and each aspect's
 * `planPriorityId`; a v1 focus reads null for both. v3 added `ratedOn`; a v1 or v2 focus reads its `setOn`.
 */
export type VisitFocusSetData = {
  visitId: string;
  hostAcademyId: string;
  academicYear: string | null;
  aspects: FocusAspect[];
  /** The server's day the focus was entered. */
  setOn: string;
  /**
   * The day the host's RAG ratings stand as given: the day set, when set before the visit; for a visit
   * recorded after the fact whose focus is entered once it has taken place, the day a week before it when the
   * host rates (seed 003), the visit's `focusDueOn`.
   */
  ratedOn: string;
};

/**
 * The visit recorded held: the lead's feedback to the host and the actions for the next AIM, with the
 * recorder's own observations (often none: each visitor records theirs with VisitObservationsRecorded).
 * v2 added `recordedBy`; a v1 record (one record of everyone's observations, by whoever sent it first)
 * reads with `recordedBy: null`.
 */
export type ReviewVisitRecordedData = {
  visitId: string;
  hostAcademyId: string;
  visitDate: string;
  recordedBy: VisitAttendee | null;
  observations: string[];
  feedback: string;
  actionsForNextAim: string[];
  recordedOn: string;
};

/** One visitor's own record of what they observed: a visitor may record several, each kept. */
export type VisitObservationsRecordedData = {
  visitId: string;
  hostAcademyId: string;
  visitDate: string;
  recordedBy: VisitAttendee;
  observations: string[];
  recordedOn: string;
};

/**
 * One concern raised on a visit, for escalation; its id lets whoever escalates it do so once. v2 added
 * `raisedBy`; a v1 concern reads with `raisedBy: null`.
 */
export type SafeguardingConcernFlaggedData = {
  concernId: string;
  visitId: string;
  hostAcademyId: string;
  visitDate: string;
  concern: string;
  raisedBy: VisitAttendee | null;
  flaggedOn: string;
};

export type PeerReviewReportSubmittedData = {
  visitId: string;
  hostAcademyId: string;
  leadHeadteacherId: string;
  summary: string;
  submittedOn: string;
  dueOn: string;
  /** Submitted after dueOn. */
  late: boolean;
};

export type PeerReviewReportOverdueData = {
  visitId: string;
  hostAcademyId: string;
  leadHeadteacherId: string;
  dueOn: string;
  checkedOn: string;
};

export type PeerReviewVisitEvent =
  | { type: 'VisitFocusSet'; data: VisitFocusSetData }
  | { type: 'ReviewVisitRecorded'; data: ReviewVisitRecordedData }
  | { type: 'VisitObservationsRecorded'; data: VisitObservationsRecordedData }
  | { type: 'SafeguardingConcernFlagged'; data: SafeguardingConcernFlaggedData }
  | { type: 'PeerReviewReportSubmitted'; data: PeerReviewReportSubmittedData }
  | { type: 'PeerReviewReportOverdue'; data: PeerReviewReportOverdueData };

/**
 * `peer-review-visit-`, not `peer-review-`: visit ids may contain hyphens, so `peer-review-<visitId>` of a
 * visit "group-1" would be the stream of group "1".
 */
export const peerReviewVisitStreamId = (visitId: string): string => `peer-review-visit-${visitId}`;
