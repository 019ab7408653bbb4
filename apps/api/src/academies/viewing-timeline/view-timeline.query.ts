import { Query } from '@nestjs/cqrs';
import type { AcademyCardView } from '@trust/projections';

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
