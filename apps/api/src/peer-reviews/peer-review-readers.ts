import { DomainError, mayReadPeerReview, type PeerReviewMember, type PeerReviewReader, type ScheduledReviewVisit, type VisitActor } from '@trust/domain';
import { forbidden } from '../access/access-exceptions.js';
import type { AccessGrant } from '../access/access-grant.js';
import type { Principal } from '../access/principal.js';

/**
 * THE confidentiality rule of peer reviews, applied in one place. The access policy (access-policy.ts) lets
 * the candidate roles reach a peer review route; who of them may see a visit depends on who attended it, which
 * no static table knows, so every handler asks here, and this asks the domain's mayReadPeerReview.
 *
 * A visit or group the principal may not see answers exactly as one that does not exist (404), on every route
 * and whatever the request: a route must never tell an outsider that a confidential visit exists.
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

/** The visit as the principal may see it: null, as for a visit the diary does not hold, when they may not read it. */
export function visibleVisit<Visit extends ScheduledReviewVisit>(visit: Visit | null, grant: AccessGrant): Visit | null {
  return visit !== null && mayReadPeerReview(visit, peerReviewReaderOf(grant.principal)) ? visit : null;
}

/** The answer of GET …/visits/:visitId to an unknown visit, and so to one the principal may not read. */
export function visitNotFound(groupId: string, visitId: string): DomainError {
  return DomainError.notFound(`peer review visit ${visitId} is not in group ${groupId}'s diary`);
}

/**
 * A group's membership and diary are not confidential, but they are the group's business: the trust's
 * central team and improvement director, and the headteachers and governors of the group's academies. Null,
 * as for a group never formed, to anyone else.
 */
export function visibleGroup<Group extends { members: readonly PeerReviewMember[] }>(group: Group | null, grant: AccessGrant): Group | null {
  if (group === null || grant.academies === 'all') return group;
  const own = grant.academies;
  return group.members.some((member) => own.includes(member.academyId)) ? group : null;
}

export function groupNotFound(groupId: string): DomainError {
  return DomainError.notFound(`peer review group ${groupId} has not been formed`);
}

/**
 * Who acts on a visit: a headteacher as themselves (their `sub`); the chief executive (trust-admin) on a
 * headteacher's behalf, naming them in `headteacherId`, which the event's metadata records as the
 * trust-admin's act; an improvement director as themselves (the facilitator is named by user id). The domain
 * then checks the part they play in the visit (visit-attendance.ts).
 */
export function visitActorOf(grant: AccessGrant, named: string | undefined): VisitActor {
  const userId = grant.principal.userId;
  if (grant.role === 'headteacher') {
    if (named !== undefined && named !== userId) throw forbidden('Not allowed: a headteacher acts as themselves; leave headteacherId out');
    return { userId, headteacherId: userId };
  }
  // An empty id is refused by the domain, naming the field (400).
  if (grant.role === 'trust-admin') return { userId, headteacherId: named ?? '' };
  if (named !== undefined) throw forbidden("Not allowed: only the chief executive (trust-admin) enters a record on a headteacher's behalf; leave headteacherId out");
  return { userId, headteacherId: null };
}
