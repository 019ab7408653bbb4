import { Inject, Injectable } from '@nestjs/common';
import {
  domainEventCodec,
  peerReviewGroupDecider,
  peerReviewGroupStreamId,
  scheduledReviewVisit,
  type PeerReviewGroupEvent,
  type PeerReviewGroupState,
  type ScheduledReviewVisit,
} from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../infrastructure/tokens.js';

/**
 * A group's diary, folded from its stream in the event store (the source of truth, not the read model, which
 * may lag): the visit a command on a visit's stream carries. A scheduled visit never changes, so the look-up
 * cannot go stale between reading it and appending to the visit's stream.
 */
@Injectable()
export class PeerReviewDiary {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async group(groupId: string): Promise<PeerReviewGroupState> {
    let state = peerReviewGroupDecider.initialState();
    for await (const recorded of this.store.readStream(peerReviewGroupStreamId(groupId))) {
      state = peerReviewGroupDecider.evolve(state, domainEventCodec.decode(recorded) as PeerReviewGroupEvent);
    }
    return state;
  }

  /** The visit as the group's diary holds it; null when the group has no such visit. */
  async visit(groupId: string, visitId: string): Promise<ScheduledReviewVisit | null> {
    return scheduledReviewVisit(await this.group(groupId), visitId);
  }
}
