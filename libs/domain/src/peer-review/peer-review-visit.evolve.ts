import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import type { PeerReviewVisitState } from './peer-review-visit.state.js';

export const initialPeerReviewVisitState = (): PeerReviewVisitState => ({
  focus: null,
  recordedOn: null,
  reportSubmittedOn: null,
  reportOverdueRecorded: false,
});

export function evolvePeerReviewVisit(state: PeerReviewVisitState, event: PeerReviewVisitEvent): PeerReviewVisitState {
  switch (event.type) {
    case 'VisitFocusSet':
      return { ...state, focus: event.data.aspects };
    case 'ReviewVisitRecorded':
      return state.recordedOn === null ? { ...state, recordedOn: event.data.recordedOn } : state;
    // Escalation is a reactor's business; no command on the visit depends on it.
    case 'SafeguardingConcernFlagged':
      return state;
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
