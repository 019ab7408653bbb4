import { DomainError } from '../shared/domain-error.js';
import type { PeerReviewMember, ScheduledReviewVisit } from './peer-review-group.events.js';

export type PeerReviewGroupState = NotFormedPeerReviewGroup | FormedPeerReviewGroup;

export type NotFormedPeerReviewGroup = { status: 'not-formed' };

export type FormedPeerReviewGroup = {
  status: 'formed';
  groupId: string;
  academicYear: string;
  members: readonly PeerReviewMember[];
  leadHeadteacherId: string;
  /** The diary, by visit id. */
  visits: ReadonlyMap<string, ScheduledReviewVisit>;
};

/** The state a command on an existing group needs, or 404 when it was never formed. */
export function formedGroup(state: PeerReviewGroupState, groupId: string): FormedPeerReviewGroup {
  if (state.status === 'not-formed' || state.groupId !== groupId) {
    throw DomainError.notFound(`peer review group ${groupId} has not been formed`);
  }
  return state;
}

/**
 * The look-up a command on a visit's stream carries: the visit as the group's diary holds it, or null when
 * the group has no such visit (the visit command then answers 404).
 */
export function scheduledReviewVisit(state: PeerReviewGroupState, visitId: string): ScheduledReviewVisit | null {
  return state.status === 'formed' ? (state.visits.get(visitId) ?? null) : null;
}
