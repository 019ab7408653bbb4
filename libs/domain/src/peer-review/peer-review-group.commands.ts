/**
 * Commands on a peer review group's stream (`peer-review-group-<groupId>`): its members and its diary of
 * visits. Input is as it arrives from a client; every field is validated by the decider, which names the
 * field it refuses. The API chooses the group's and each visit's id.
 */

export type FormPeerReviewGroup = {
  type: 'FormPeerReviewGroup';
  groupId: string;
  name: string;
  academicYear: string;
  /** One headteacher per academy, two academies or more. */
  members: readonly { headteacherId: string; name: string; academyId: string }[];
  leadHeadteacherId: string;
};

export type ScheduleReviewVisit = {
  type: 'ScheduleReviewVisit';
  visitId: string;
  groupId: string;
  hostAcademyId: string;
  visitDate: string;
  /** The visiting headteachers (members other than the host's). */
  reviewerIds: readonly string[];
  /** The group's lead headteacher unless another member leads this visit (no one leads a visit to their own school). */
  leadHeadteacherId?: string | null;
  /**
   * The user id of the improvement director or hub improvement lead who attends: seed 003, "The interim AIM
   * will be attended and facilitated by the AID or HIL". An attendee, so a reader of the visit.
   */
  facilitatorUserId?: string | null;
};

export type PeerReviewGroupCommand = FormPeerReviewGroup | ScheduleReviewVisit;
