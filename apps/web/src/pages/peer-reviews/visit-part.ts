import type { PeerReviewGroup, PeerReviewVisit } from './peer-review-commands';

/** The part the signed-in user plays in a visit, as the API decides who may record what (visit-attendance in libs/domain). */
export type VisitPart = 'host' | 'lead' | 'reviewer' | 'facilitator' | null;

type Diary = Pick<PeerReviewVisit, 'hostHeadteacherId' | 'leadHeadteacherId' | 'reviewerIds' | 'facilitatorUserId'>;

/** A headteacher is known by their user id (the group names them by it); the facilitator by theirs. */
export function visitPartOf(visit: Diary, me: { userId: string; roles: readonly string[] } | undefined): VisitPart {
  if (me === undefined) return null;
  if (me.roles.includes('headteacher')) {
    if (me.userId === visit.hostHeadteacherId) return 'host';
    if (me.userId === visit.leadHeadteacherId) return 'lead';
    if (visit.reviewerIds.includes(me.userId)) return 'reviewer';
  }
  if (me.roles.includes('improvement-director') && visit.facilitatorUserId === me.userId) return 'facilitator';
  return null;
}

/** A member's name, from their headteacher id. */
export function headteacherName(group: Pick<PeerReviewGroup, 'members'>, headteacherId: string): string {
  return group.members.find((member) => member.headteacherId === headteacherId)?.name ?? headteacherId;
}

/** A member academy's name, as the group answers it (a headteacher's GET /academies lists their own academy only). */
export function academyNameIn(group: Pick<PeerReviewGroup, 'members'>, academyId: string): string {
  return group.members.find((member) => member.academyId === academyId)?.academyName ?? `URN ${academyId}`;
}
