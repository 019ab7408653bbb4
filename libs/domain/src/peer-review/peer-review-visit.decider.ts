import type { Decider } from '../shared/decider.js';
import { checkPeerReviewReport } from './check-peer-review-report.js';
import type { PeerReviewVisitCommand } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { evolvePeerReviewVisit, initialPeerReviewVisitState } from './peer-review-visit.evolve.js';
import type { PeerReviewVisitState } from './peer-review-visit.state.js';
import { recordVisit } from './record-visit.js';
import { recordVisitObservations } from './record-visit-observations.js';
import { setVisitFocus } from './set-visit-focus.js';
import { submitPeerReviewReport } from './submit-peer-review-report.js';

/** One peer review visit's stream (`peer-review-visit-<visitId>`): its focus, each visitor's observations and concerns, the visit held and its summary report. */
export const peerReviewVisitDecider: Decider<PeerReviewVisitCommand, PeerReviewVisitEvent, PeerReviewVisitState> = {
  initialState: initialPeerReviewVisitState,
  evolve: evolvePeerReviewVisit,
  decide(command, state, context) {
    switch (command.type) {
      case 'SetVisitFocus':
        return setVisitFocus(command, state, context);
      case 'RecordVisit':
        return recordVisit(command, state, context);
      case 'RecordVisitObservations':
        return recordVisitObservations(command, state, context);
      case 'SubmitPeerReviewReport':
        return submitPeerReviewReport(command, state, context);
      case 'CheckPeerReviewReport':
        return checkPeerReviewReport(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
