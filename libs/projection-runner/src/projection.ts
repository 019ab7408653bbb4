import type pg from 'pg';
import type { RecordedEvent } from '@trust/event-store';

/**
 * A read model: a pure fold over events plus the SQL that stores its result.
 * The runner calls `apply` inside the transaction that also advances the projection's checkpoint,
 * so a crash never skips an event or applies one twice.
 */
export interface Projection {
  /** The projection's folder name under projections/ (e.g. `academy-card`); also its checkpoint name. */
  readonly name: string;
  /**
   * The read-model tables it owns (in the public schema), which nothing else writes. A rebuild copies
   * their shape into a shadow schema, replays the events into the copies and swaps them in.
   */
  readonly tables: readonly string[];
  /**
   * The stored event type names `apply` uses, when it uses only some: a rebuild then reads just
   * those from the store. Absent: every event is read. `apply` must still ignore any other type.
   */
  readonly eventTypes?: readonly string[];
  /** Applies a batch of events, in position order, within the runner's transaction. Must ignore event types it does not use. */
  apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void>;
}
