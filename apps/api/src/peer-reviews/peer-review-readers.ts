import { mayReadPeerReview, type PeerReviewMember, type PeerReviewReader, type ScheduledReviewVisit } from '@trust/domain';
import { forbidden } from '../access/access-exceptions.js';
import type { AccessGrant } from '../access/access-grant.js';
import type { Principal } from '../access/principal.js';

/**
 * THE confidentiality rule of peer reviews, applied in one place. The access policy (access-policy.ts) lets
 * the candidate roles reach a peer review route; who of them may see a visit depends on who attended it, which
 * no static table knows, so every handler asks here, and this asks the domain's mayReadPeerReview.
 *
 * A token names its holder's headteacher id by its `sub`: the `headteacherId` of a group's members is the
 * user id of the headteacher's token.
 */
export function peerReviewReaderOf(principal: Principal): PeerReviewReader {
  return {
    userId: principal.userId,
    roles: principal.roles,
    academies: principal.academies,
    headteacherId: principal.roles.includes('headteacher') ? principal.userId : null,
  };
}

/** 403 unless the principal may read the visit: its attendees, the chief executive, the host's chair of governors. */
export function ensureMayReadVisit(visit: ScheduledReviewVisit, grant: AccessGrant): void {
  if (!mayReadPeerReview(visit, peerReviewReaderOf(grant.principal))) {
    throw forbidden(`Not allowed: peer review visit ${visit.visitId} is confidential to its attendees, the chief executive and the host's chair of governors`);
  }
}

/**
 * A group's membership and diary are not confidential, but they are the group's business: the trust's
 * central team and improvement director, and the headteachers and governors of the group's academies.
 */
export function ensureMayReadGroup(group: { groupId: string; members: readonly PeerReviewMember[] }, grant: AccessGrant): void {
  if (grant.academies === 'all') return;
  const own = grant.academies;
  if (!group.members.some((member) => own.includes(member.academyId))) {
    throw forbidden(`Not allowed: none of your academies is in peer review group ${group.groupId}`);
  }
}

/**
 * The headteacher a focus or report is given as: a headteacher gives their own (their `sub`); the chief
 * executive (trust-admin) may enter one on a headteacher's behalf by naming them, which the event's metadata
 * records as the trust-admin's act. The domain then checks it is the host's (focus) or the lead's (report).
 */
export function actingHeadteacherId(grant: AccessGrant, named: string | undefined): string {
  if (grant.role === 'headteacher') {
    if (named !== undefined && named !== grant.principal.userId) {
      throw forbidden('Not allowed: a headteacher acts as themselves; leave headteacherId out');
    }
    return grant.principal.userId;
  }
  // An empty id is refused by the domain, naming the field (400).
  return named ?? '';
}
