import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import type { PeerReviewVisitState } from './peer-review-visit.state.js';

export const initialPeerReviewVisitState = (): PeerReviewVisitState => ({
  focus: null,
  recordedOn: null,
  reportSubmittedOn: null,
  reportOverdueRecorded: false,
  concernsFlagged: 0,
});

export function evolvePeerReviewVisit(state: PeerReviewVisitState, event: PeerReviewVisitEvent): PeerReviewVisitState {
  switch (event.type) {
    case 'VisitFocusSet':
      return { ...state, focus: event.data.aspects };
    case 'ReviewVisitRecorded':
      return state.recordedOn === null ? { ...state, recordedOn: event.data.recordedOn } : state;
    // Each visitor's record stands on its own: no command depends on one.
    case 'VisitObservationsRecorded':
      return state;
    // Escalation is a reactor's business; only the next concern's id depends on how many there are.
    case 'SafeguardingConcernFlagged':
      return { ...state, concernsFlagged: state.concernsFlagged + 1 };
    case 'PeerReviewReportSubmitted':
      return state.reportSubmittedOn === null ? { ...state, reportSubmittedOn: event.data.submittedOn } : state;
    case 'PeerReviewReportOverdue':
      return { ...state, reportOverdueRecorded: true };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
