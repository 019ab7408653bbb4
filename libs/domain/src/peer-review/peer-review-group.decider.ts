import type { Decider } from '../shared/decider.js';
import { formPeerReviewGroup } from './form-peer-review-group.js';
import type { PeerReviewGroupCommand } from './peer-review-group.commands.js';
import type { PeerReviewGroupEvent } from './peer-review-group.events.js';
import { evolvePeerReviewGroup, initialPeerReviewGroupState } from './peer-review-group.evolve.js';
import type { PeerReviewGroupState } from './peer-review-group.state.js';
import { scheduleReviewVisit } from './schedule-review-visit.js';

/** A peer review group's stream (`peer-review-group-<groupId>`): its members and the diary of its visits. */
export const peerReviewGroupDecider: Decider<PeerReviewGroupCommand, PeerReviewGroupEvent, PeerReviewGroupState> = {
  initialState: initialPeerReviewGroupState,
  evolve: evolvePeerReviewGroup,
  decide(command, state, context) {
    switch (command.type) {
      case 'FormPeerReviewGroup':
        return formPeerReviewGroup(command, state);
      case 'ScheduleReviewVisit':
        return scheduleReviewVisit(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
