import type { ScheduledReviewVisit } from './peer-review-group.events.js';
import { visitRolesOf } from './visit-attendance.js';

/** Who is asking to read a visit's findings or report: a token's claims, and their headteacher id if they are one. */
export type PeerReviewReader = {
  userId: string;
  roles: readonly string[];
  academies: readonly string[];
  headteacherId?: string | null;
};

/**
 * Seed 003: the summary report "will be sent to the attendees, the CEO and the chair of governors", and
 * "Information shared in meetings is confidential and should only be shared through the appropriate
 * channels". So a visit may be read by:
 * - its attendees: the host headteacher, the lead headteacher and the reviewing headteachers (by
 *   headteacherId), and the improvement director or hub lead who facilitated it (by user id);
 * - the chief executive: the `trust-admin` role (the central team and chief executive: docs/ACCESS.md);
 * - the host academy's chair of governors. A token names no office on a board, so the chair is a reader
 *   with the `governor` role scoped to the host academy. Governors of other academies in the group never
 *   qualify. The trade-off: if the trust gives other members of the host's local governing board tokens,
 *   they read it too; seed 003 allows that much ("we will share information with teachers, support staff
 *   and governors to ensure that this contributes to whole-school improvement"). A narrower rule needs a
 *   chair-of-governors claim in the token.
 * Nobody else reads it: not the standards committee, finance or a School Improvement Partner, nor the
 * headteacher of another school in the group who did not attend.
 */
export function mayReadPeerReview(visit: ScheduledReviewVisit, reader: PeerReviewReader): boolean {
  if (reader.roles.includes('trust-admin')) {
    return true;
  }
  if (visitRolesOf(visit, { userId: reader.userId, headteacherId: reader.headteacherId ?? null }).length > 0) {
    return true;
  }
  return reader.roles.includes('governor') && reader.academies.includes(visit.hostAcademyId);
}
