/**
 * Events of a peer review group's stream (`peer-review-group-<groupId>`): who is in the group and when each
 * school is visited. Nothing here is confidential; what a visit finds is on the visit's own stream.
 */

export type PeerReviewMember = { headteacherId: string; name: string; academyId: string };

export type PeerReviewGroupFormedData = {
  groupId: string;
  name: string;
  academicYear: string;
  members: PeerReviewMember[];
  leadHeadteacherId: string;
};

/** A visit in the group's diary: everything a command on the visit's stream needs to know about it. */
export type ReviewVisitScheduledData = {
  visitId: string;
  groupId: string;
  academicYear: string;
  hostAcademyId: string;
  hostHeadteacherId: string;
  leadHeadteacherId: string;
  reviewerIds: string[];
  facilitatorUserId: string | null;
  visitDate: string;
  /** 1, 2 or 3: which of the host's visits of the year this is. */
  visitNumber: number;
  /** A week before the visit: when the host RAG rates the aspects in focus. */
  focusDueOn: string;
  /** A week after the visit: when the lead headteacher's summary report is due. */
  reportDueOn: string;
  /**
   * The server's day the visit entered the diary (schema 2): after `visitDate` for a visit recorded after
   * the fact; after `reportDueOn`, its report is never chased. Null for visits stored at schema 1.
   */
  scheduledOn: string | null;
};

/** A scheduled visit, as the group's diary holds it (see scheduledReviewVisit). */
export type ScheduledReviewVisit = ReviewVisitScheduledData;

export type PeerReviewGroupEvent =
  | { type: 'PeerReviewGroupFormed'; data: PeerReviewGroupFormedData }
  | { type: 'ReviewVisitScheduled'; data: ReviewVisitScheduledData };

export const peerReviewGroupStreamId = (groupId: string): string => `peer-review-group-${groupId}`;
