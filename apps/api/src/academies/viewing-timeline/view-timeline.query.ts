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

/** Null when no such academy is registered. */
export class ViewTimelineQuery extends Query<TimelineEntry[] | null> {
  constructor(readonly academyId: string) {
    super();
  }
}
