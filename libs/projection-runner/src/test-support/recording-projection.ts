import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventData, NewEvent, RecordedEvent } from '@trust/event-store';
import type { Projection } from '../projection.js';

export function newEvent(type: string, data: EventData = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { userId: 'tester', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
  };
}

/** The read model of RecordingProjection: one row per event applied; the primary key refuses a second application. */
export async function createSeenEventsTable(pool: pg.Pool): Promise<void> {
  await pool.query(`CREATE TABLE seen_events (projection text NOT NULL, position numeric(39,0) NOT NULL, type text NOT NULL, PRIMARY KEY (projection, position))`);
}

export async function seenPositions(pool: pg.Pool, projection: string): Promise<bigint[]> {
  const { rows } = await pool.query<{ position: string }>('SELECT position::text AS position FROM seen_events WHERE projection = $1 ORDER BY position', [projection]);
  return rows.map((row) => BigInt(row.position));
}

/**
 * A projection that writes a row per event, one statement at a time, and throws on a `Poison`
 * event while `poisoned` is set: a failure in the middle of a batch, after some rows were written.
 */
export class RecordingProjection implements Projection {
  poisoned = true;
  /** Positions handed to `apply`, in order (including batches that were rolled back). */
  readonly handed: bigint[] = [];
  readonly tables: readonly string[] = ['seen_events'];

  constructor(readonly name: string) {}

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      this.handed.push(event.position);
      if (event.type === 'Poison' && this.poisoned) throw new Error(`cannot apply ${event.type} at ${event.position}`);
      await client.query('INSERT INTO seen_events (projection, position, type) VALUES ($1, $2::numeric, $3)', [this.name, event.position.toString(), event.type]);
    }
  }
}

export const positions = (from: number, to: number): bigint[] => Array.from({ length: to - from + 1 }, (_, index) => BigInt(from + index));

/**
 * A read model that is NOT idempotent, so applying an event twice shows in its rows: per stream, a
 * count of the events applied and a digest chained over their positions in order. Only the
 * checkpoint (locked, and advanced in the same transaction) keeps it right.
 */
export class TallyProjection implements Projection {
  /** Positions handed to `apply`, in order. */
  readonly handed: bigint[] = [];
  readonly tables: readonly string[];

  constructor(
    readonly name: string,
    private readonly table: string,
  ) {
    this.tables = [table];
  }

  static async createTable(pool: pg.Pool, table: string): Promise<void> {
    await pool.query(`CREATE TABLE ${table} (stream_id text PRIMARY KEY, events integer NOT NULL, digest text NOT NULL)`);
  }

  static async rows(pool: pg.Pool, table: string): Promise<{ stream_id: string; events: number; digest: string }[]> {
    const { rows } = await pool.query<{ stream_id: string; events: number; digest: string }>(
      `SELECT stream_id, events, digest FROM ${table} ORDER BY stream_id COLLATE "C"`,
    );
    return rows;
  }

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      this.handed.push(event.position);
      await client.query(
        `INSERT INTO ${this.table} AS t (stream_id, events, digest) VALUES ($1, 1, md5($2))
         ON CONFLICT (stream_id) DO UPDATE SET events = t.events + 1, digest = md5(t.digest || $2)`,
        [event.streamId, event.position.toString()],
      );
    }
  }
}
