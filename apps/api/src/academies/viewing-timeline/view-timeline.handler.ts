import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { academyCardView, evolveAcademyCard, type AcademyCard, type AcademyCardView } from '@trust/projections';
import { EVENT_STORE } from '../../infrastructure/tokens.js';

/** One event of an academy's stream, and the card as it stood once that event was folded in. */
export interface TimelineEntry {
  position: string;
  streamVersion: number;
  /** The stored event type name. */
  type: string;
  recordedAt: string;
  actor: { userId: string; role: string };
  /** The event's data as stored. */
  data: Record<string, unknown>;
  card: AcademyCardView | null;
}

/** A page of the replay, and how many events the whole replay has. */
export interface TimelinePage {
  entries: TimelineEntry[];
  total: number;
}

export interface TimelineRange {
  /** As recorded: only the events recorded at or before this instant (null: every event). */
  asOf: Date | null;
  /** Skip this many events first. */
  offset: number;
  /** At most this many entries (null: all). */
  limit: number | null;
}

/** Null when no such academy is registered (by `asOf`, when given). */
export class ViewTimelineQuery extends Query<TimelinePage | null> {
  constructor(
    readonly academyId: string,
    readonly range: TimelineRange = { asOf: null, offset: 0, limit: null },
  ) {
    super();
  }
}

/**
 * Replays the academy's own stream through the academy card's fold, keeping the card after each
 * event. Read from the event store (one academy's stream, so bounded), never from a read model, so it
 * is always current and shows exactly what the card projection would have shown at each step.
 */
@QueryHandler(ViewTimelineQuery)
export class ViewTimelineHandler implements IQueryHandler<ViewTimelineQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ academyId, range }: ViewTimelineQuery): Promise<TimelinePage | null> {
    const upTo = range.asOf === null ? null : ((await this.store.positionAt(range.asOf)) ?? 0n);
    const end = range.limit === null ? Infinity : range.offset + range.limit;
    const timeline: TimelineEntry[] = [];
    let card: AcademyCard | null = null;
    let total = 0;
    for await (const recorded of this.store.readStream(academyStreamId(academyId))) {
      if (upTo !== null && recorded.position > upTo) break;
      card = evolveAcademyCard(card, domainEventCodec.decode(recorded), recorded.position);
      const index = total;
      total += 1;
      // Every event is folded; only the page's entries are built, so a long history stays cheap to page through.
      if (index < range.offset || index >= end) continue;
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
    return card === null ? null : { entries: timeline, total };
  }
}
