import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { academyCardView, evolveAcademyCard, type AcademyCard } from '@trust/projections';
import { EVENT_STORE } from '../../infrastructure/tokens.js';
import { ViewTimelineQuery, type TimelineEntry } from './view-timeline.query.js';

/**
 * Replays the academy's own stream through the academy card's fold, keeping the card after each
 * event. Read from the event store (one academy's stream, so bounded), never from a read model, so it
 * is always current and shows exactly what the card projection would have shown at each step.
 */
@QueryHandler(ViewTimelineQuery)
export class ViewTimelineHandler implements IQueryHandler<ViewTimelineQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ academyId }: ViewTimelineQuery): Promise<TimelineEntry[] | null> {
    const timeline: TimelineEntry[] = [];
    let card: AcademyCard | null = null;
    for await (const recorded of this.store.readStream(academyStreamId(academyId))) {
      card = evolveAcademyCard(card, domainEventCodec.decode(recorded), recorded.position);
      timeline.push({
        position: recorded.position.toString(),
        streamVersion: recorded.streamVersion,
        type: recorded.type,
        recordedAt: recorded.recordedAt.toISOString(),
        actor: { userId: recorded.metadata.actor.userId, role: recorded.metadata.actor.role },
        data: recorded.data,
        card: card === null ? null : academyCardView(card),
      });
    }
    return card === null ? null : timeline;
  }
}
