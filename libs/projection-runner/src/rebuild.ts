import type pg from 'pg';
import type { EventStore, Position, RecordedEvent } from '@trust/event-store';
import type { Projection } from './projection.js';
import { errorMessage } from './apply-batch.js';

export interface RebuildProgress {
  /** Events replayed so far: those of the types the projection declares it uses (`eventTypes`), or every event. */
  done: number;
  /** How far the log has been replayed (events of other types up to here were skipped). */
  position: Position;
  /** The store's head when last looked at. */
  head: Position;
  /** 0–100, from the replayed position against the head. */
  percent: number;
}

export interface RebuildOptions {
  store: EventStore;
  pool: pg.Pool;
  projection: Projection;
  /** Events read and applied per transaction: the rebuild holds at most one batch in memory. */
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void | Promise<void>;
}

export interface RebuildResult {
  projection: string;
  /** The checkpoint the rebuilt tables were swapped in at. */
  position: Position;
  events: number;
}

export class RebuildInProgressError extends Error {
  override readonly name = 'RebuildInProgressError';
  constructor(readonly projection: string) {
    super(`A rebuild of projection ${projection} is already running`);
  }
}

/** Large batches amortise each shadow transaction and each multi-row write; memory stays one batch. */
export const DEFAULT_REBUILD_BATCH_SIZE = 1_000;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function schemaFor(prefix: 'rebuild' | 'retired', name: string): string {
  const schema = `${prefix}_${name.replace(/-/g, '_')}`;
  if (!IDENTIFIER.test(schema)) throw new Error(`Projection name ${name} cannot name a schema`);
  return schema;
}

function tableName(table: string): string {
  if (!IDENTIFIER.test(table)) throw new Error(`Table name ${table} is not a plain identifier`);
  return table;
}

/**
 * Blue/green rebuild: copies the shape of the projection's tables into a shadow schema, replays every
 * event into the copies in bounded batches (the projection's writers use unqualified names, resolved
 * through `search_path`) while the live tables keep serving reads and following the store, then, in
 * one transaction holding the live checkpoint row, applies the events the live runner reached since
 * and swaps the tables in. A failure at any step drops the shadow schema: the live tables and the
 * checkpoint are untouched. Only one rebuild of a projection runs at a time (a session advisory lock).
 *
 * Rebuilds touch read models only: no reactor runs during a rebuild (STYLE.md rule 8).
 */
export async function rebuildProjection({ store, pool, projection, batchSize = DEFAULT_REBUILD_BATCH_SIZE, onProgress }: RebuildOptions): Promise<RebuildResult> {
  const shadow = schemaFor('rebuild', projection.name);
  const retired = schemaFor('retired', projection.name);
  const tables = projection.tables.map(tableName);
  if (tables.length === 0) throw new Error(`Projection ${projection.name} declares no tables to rebuild`);

  const lockClient = await pool.connect();
  let lockBroken = false;
  try {
    const { rows } = await lockClient.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`rebuild:${projection.name}`]);
    if (rows[0]?.locked !== true) throw new RebuildInProgressError(projection.name);
    try {
      return await rebuildLocked({ store, pool, projection, batchSize, ...(onProgress === undefined ? {} : { onProgress }) }, shadow, retired, tables);
    } finally {
      await lockClient.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`rebuild:${projection.name}`]).catch(() => {
        lockBroken = true;
      });
    }
  } finally {
    lockClient.release(lockBroken);
  }
}

async function rebuildLocked(
  { store, pool, projection, batchSize, onProgress }: Required<Omit<RebuildOptions, 'onProgress'>> & Pick<RebuildOptions, 'onProgress'>,
  shadow: string,
  retired: string,
  tables: readonly string[],
): Promise<RebuildResult> {
  // A shadow left by a crashed rebuild is discarded: it was never swapped in.
  await pool.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`);
  await pool.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
  // LIKE … INCLUDING ALL brings defaults, checks, indexes and identities; the read models have no foreign keys or triggers.
  await pool.query(
    [`CREATE SCHEMA ${shadow}`, ...tables.map((table) => `CREATE TABLE ${shadow}.${table} (LIKE public.${table} INCLUDING ALL)`)].join(';\n'),
  );

  let position: Position = 0n;
  let done = 0;
  try {
    let head = (await store.headPosition()) ?? 0n;
    const report = async (): Promise<void> => {
      if (onProgress === undefined) return;
      const percent = head === 0n ? 100 : Math.min(99, Number((position * 100n) / head));
      await onProgress({ done, position, head, percent });
    };
    await report();

    // Replays up to the head, then catches up with what was appended meanwhile, until a pass finds
    // little left; the rest is applied under the checkpoint lock below. Each pass reads up to the head
    // it started from (positions become visible in order, so nothing at or below it is missing), and
    // only the projection's event types: with the types filtered out the last event read says nothing
    // of how far the log was covered, the head does.
    for (let pass = 0; pass < 10; pass += 1) {
      const target = head;
      if (target <= position) break;
      for await (const batch of batchesOf(readFrom(store, projection, position, target, batchSize), batchSize)) {
        await applyToShadow(pool, projection, shadow, batch);
        done += batch.length;
        position = batch.at(-1)?.position ?? position;
        await report();
      }
      position = target;
      head = (await store.headPosition()) ?? 0n;
      await report();
      // Dense positions count what is left; EventStoreDB's offsets do not, so it passes again while the head moves.
      if (head <= position || (store.positionsAreDense && head - position < BigInt(batchSize))) break;
    }

    position = await swap(store, pool, projection, shadow, retired, tables, position, batchSize, (count) => {
      done += count;
    });
    if (onProgress !== undefined) await onProgress({ done, position, head: position > head ? position : head, percent: 100 });
    return { projection: projection.name, position, events: done };
  } catch (error: unknown) {
    await pool.query(`DROP SCHEMA IF EXISTS ${shadow} CASCADE`).catch(() => undefined);
    throw new Error(`Rebuild of projection ${projection.name} failed (live tables untouched): ${errorMessage(error)}`, { cause: error });
  }
}

/** The events in batches of `size` (the last one shorter). */
async function* batchesOf(events: AsyncIterable<RecordedEvent>, size: number): AsyncGenerator<RecordedEvent[]> {
  let batch: RecordedEvent[] = [];
  for await (const event of events) {
    batch.push(event);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The events after `after` up to `to`, of the projection's types when it declares them. */
function readFrom(store: EventStore, projection: Projection, after: Position, to: Position, batchSize: number): AsyncIterable<RecordedEvent> {
  return store.readAll({
    after: after === 0n ? null : after,
    to,
    batchSize,
    ...(projection.eventTypes === undefined ? {} : { types: projection.eventTypes }),
  });
}

async function applyToShadow(pool: pg.Pool, projection: Projection, shadow: string, events: readonly RecordedEvent[]): Promise<void> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL search_path = ${shadow}, public`);
    // Only the shadow tables are written: a crash before the swap discards them and the rebuild starts
    // again, so these commits need not wait for the WAL flush. The swap's transaction stays synchronous.
    await client.query('SET LOCAL synchronous_commit = off');
    await projection.apply(client, events);
    await client.query('COMMIT');
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Under the live checkpoint's row lock: the last events, then the swap, in one transaction. */
async function swap(
  store: EventStore,
  pool: pg.Pool,
  projection: Projection,
  shadow: string,
  retired: string,
  tables: readonly string[],
  rebuilt: Position,
  batchSize: number,
  counted: (events: number) => void,
): Promise<Position> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO public.projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [projection.name]);
    // The live runner's next batch waits on this row; whatever it had committed is at or below the head read next.
    await client.query('SELECT position FROM public.projection_checkpoints WHERE name = $1 FOR UPDATE', [projection.name]);
    const head = (await store.headPosition()) ?? 0n;
    let position = rebuilt;
    if (head > position) {
      await client.query(`SET LOCAL search_path = ${shadow}, public`);
      let batch: RecordedEvent[] = [];
      for await (const event of readFrom(store, projection, position, head, batchSize)) {
        batch.push(event);
        if (batch.length >= batchSize) {
          await projection.apply(client, batch);
          counted(batch.length);
          batch = [];
        }
      }
      if (batch.length > 0) {
        await projection.apply(client, batch);
        counted(batch.length);
      }
      position = head;
      await client.query('SET LOCAL search_path = public');
    }
    await client.query(`CREATE SCHEMA ${retired}`);
    for (const table of tables) {
      await client.query(`ALTER TABLE public.${table} SET SCHEMA ${retired}`);
      await client.query(`ALTER TABLE ${shadow}.${table} SET SCHEMA public`);
    }
    await client.query(
      `UPDATE public.projection_checkpoints
          SET position = $2::numeric, status = 'running', failed_position = NULL, last_error = NULL, updated_at = now()
        WHERE name = $1`,
      [projection.name, position.toString()],
    );
    await client.query(`DROP SCHEMA ${shadow}`);
    await client.query('COMMIT');
    await client.query(`DROP SCHEMA ${retired} CASCADE`).catch(() => undefined);
    return position;
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
