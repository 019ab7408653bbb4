import type pg from 'pg';
import type { PeerReviewMember } from '@trust/domain';
import { listAcademyCards, type PeerReviewGroupAnswer } from '@trust/projections';

/** A group as GET /peer-reviews and GET /peer-reviews/:groupId answer it: each member's academy named, not a bare URN. */
export type NamedPeerReviewGroup = Omit<PeerReviewGroupAnswer, 'members'> & { members: (PeerReviewMember & { academyName: string | null })[] };

/**
 * The groups with their academies' names as the academy cards know them now. A headteacher sees the names of
 * the academies in their own group, which GET /academies (their own academy only) would not tell them.
 */
export async function withAcademyNames(pool: pg.Pool, groups: readonly PeerReviewGroupAnswer[]): Promise<NamedPeerReviewGroup[]> {
  if (groups.length === 0) return [];
  const names = new Map((await listAcademyCards(pool)).map((academy) => [academy.academyId, academy.name]));
  return groups.map((group) => ({ ...group, members: group.members.map((member) => ({ ...member, academyName: names.get(member.academyId) ?? null })) }));
}
