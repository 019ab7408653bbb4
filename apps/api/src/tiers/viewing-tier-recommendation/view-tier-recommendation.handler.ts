import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { academyStreamId, domainEventCodec, recommendTier, tierDecisionDecider, type DecideTier, type DecisionContext, type DomainEvent, type TierDecisionState, type TierRecommendation } from '@trust/domain';
import type { CommandDecider, EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens.js';

export type TierRecommendationView = TierRecommendation & {
  academyId: string;
  /** Global position of the academy stream's last event read. */
  position: string;
};

/** Null when no such academy is registered. */
export class ViewTierRecommendationQuery extends Query<TierRecommendationView | null> {
  constructor(
    readonly academyId: string,
    readonly academicYear: string,
    /** The day of the decision whose recommendation is wanted; null for every item recorded so far. */
    readonly decidedOn: string | null,
  ) {
    super();
  }
}

// The academy's stream holds academy events only: the tier decider reads its decoded events as the command pipeline does.
const decider: CommandDecider<DecideTier, DomainEvent, TierDecisionState, DecisionContext> = tierDecisionDecider;

/**
 * The recommendation as a decision made now would store it: the academy's stream folded with each
 * event's position, then the tier criteria applied for the year. Read from the event store itself, so
 * it is never behind a read model.
 */
@QueryHandler(ViewTierRecommendationQuery)
export class ViewTierRecommendationHandler implements IQueryHandler<ViewTierRecommendationQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ academyId, academicYear, decidedOn }: ViewTierRecommendationQuery): Promise<TierRecommendationView | null> {
    let state = decider.initialState();
    let position = 0n;
    for await (const recorded of this.store.readStream(academyStreamId(academyId))) {
      state = decider.evolve(state, domainEventCodec.decode(recorded), recorded.position.toString());
      position = recorded.position;
    }
    if (state.academy.status !== 'registered') return null;
    return { academyId, ...recommendTier(state.evidence, academicYear, decidedOn), position: position.toString() };
  }
}
