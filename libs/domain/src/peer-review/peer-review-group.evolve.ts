import type { PeerReviewGroupEvent } from './peer-review-group.events.js';
import type { PeerReviewGroupState } from './peer-review-group.state.js';

export const initialPeerReviewGroupState = (): PeerReviewGroupState => ({ status: 'not-formed' });

export function evolvePeerReviewGroup(state: PeerReviewGroupState, event: PeerReviewGroupEvent): PeerReviewGroupState {
  switch (event.type) {
    case 'PeerReviewGroupFormed': {
      if (state.status === 'formed') {
        return state;
      }
      const { groupId, academicYear, members, leadHeadteacherId } = event.data;
      return { status: 'formed', groupId, academicYear, members, leadHeadteacherId, visits: new Map() };
    }
    case 'ReviewVisitScheduled':
      if (state.status !== 'formed' || state.visits.has(event.data.visitId)) {
        return state;
      }
      return { ...state, visits: new Map(state.visits).set(event.data.visitId, event.data) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
