import { Inject, Injectable } from '@nestjs/common';
import { domainEventCodec, rateCardDecider, rateCardInForce, rateCardStreamId, type RateCard } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../infrastructure/tokens.js';

/** The rate card in force for an academic year, folded from its stream: null when none was set (the default rates apply). */
@Injectable()
export class RateCards {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async inForce(academicYear: string): Promise<RateCard | null> {
    let state = rateCardDecider.initialState();
    for await (const recorded of this.store.readStream(rateCardStreamId(academicYear))) {
      const event = domainEventCodec.decode(recorded);
      if (event.type === 'RateCardSet') state = rateCardDecider.evolve(state, event);
    }
    return rateCardInForce(state);
  }
}
