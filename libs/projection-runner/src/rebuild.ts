import type pg from 'pg';
import type { EventStore, Position, RecordedEvent } from '@trust/event-store';
import type { Projection } from './projection.js';
import { errorMessage } from './apply-batch.js';
import { advisoryRebuildLock, type RebuildLock } from './rebuild-lock.js';

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
  /** One rebuild of a projection at a time (default: a session advisory lock, which needs a pool of two or more connections). */
  lock?: RebuildLock;
}

/** Several read models rebuilt in one pass over the log. */
export type RebuildManyOptions = Omit<RebuildOptions, 'projection'> & { projections: readonly Projection[] };

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

/** How many times the swap may find the live read model ahead of the shadow and catch up again before giving up. */
const SWAP_ATTEMPTS = 20;

/**
 * Blue/green rebuild: copies the shape of the projection's tables into a shadow schema, replays every
 * event into the copies in bounded batches (the projection's writers use unqualified names, resolved
 * through `search_path`) while the live tables keep serving reads and following the store, then swaps
 * the tables in, in one short transaction holding the live checkpoint row. A failure at any step drops
 * the shadow schema: the live tables and the checkpoint are untouched. Only one rebuild of a projection
 * runs at a time (`lock`).
 *
 * No step waits on one connection while holding another, so the rebuild completes on a pool of one
 * connection (the embedded single-session database) and reads go on between its batches.
 *
 * Rebuilds touch read models only: no reactor runs during a rebuild (side effects live in reactors).
 */
export async function rebuildProjection({ projection, ...options }: RebuildOptions): Promise<RebuildResult> {
  const [result] = await rebuildProjections({ ...options, projections: [projection] });
  return result!;
}

/**
 * Rebuilds several read models in one pass over the log: each batch is read once and applied to every
 * shadow in one transaction (each projection given only the events of its types), then each is swapped
 * in as `rebuildProjection` swaps one. All their locks are taken first, or none: a rebuild of any of them
 * already running refuses the whole pass.
 */
export async function rebuildProjections({ store, pool, projections, batchSize = DEFAULT_REBUILD_BATCH_SIZE, onProgress, lock = advisoryRebuildLock(pool) }: RebuildManyOptions): Promise<RebuildResult[]> {
  if (projections.length === 0) return [];
  const shadows = projections.map((projection): Shadow => {
    const tables = projection.tables.map(tableName);
    if (tables.length === 0) throw new Error(`Projection ${projection.name} declares no tables to rebuild`);
    const types = projection.eventTypes === undefined ? null : new Set(projection.eventTypes);
    return { projection, tables, types, schema: schemaFor('rebuild', projection.name), retired: schemaFor('retired', projection.name) };
  });

  const release = await lock.tryAcquire(projections.map((projection) => projection.name));
  if (release === null) throw new RebuildInProgressError(projections.map((projection) => projection.name).join(', '));
  try {
    return await rebuildLocked({ store, pool, batchSize, ...(onProgress === undefined ? {} : { onProgress }) }, shadows);
  } finally {
    await release();
  }
}

/** A read model being rebuilt: its shadow schema, and the schema its live tables retire to at the swap. */
interface Shadow {
  readonly projection: Projection;
  readonly tables: readonly string[];
  /** The stored types it uses; null: every event. */
  readonly types: ReadonlySet<string> | null;
  readonly schema: string;
  readonly retired: string;
}

interface Replay {
  readonly store: EventStore;
  readonly pool: pg.Pool;
  readonly batchSize: number;
  /** The shadows not yet swapped in. */
  shadows: readonly Shadow[];
  /** Every event up to here is in the shadow tables. */
  position: Position;
  /** Events applied to the shadow tables so far (each event once, however many read models use it). */
  done: number;
  head: Position;
  report(): Promise<void>;
}

async function rebuildLocked(
  { store, pool, batchSize, onProgress }: Pick<RebuildManyOptions, 'store' | 'pool' | 'onProgress'> & { batchSize: number },
  shadows: readonly Shadow[],
): Promise<RebuildResult[]> {
  // A shadow left by a crashed rebuild is discarded: it was never swapped in.
  for (const shadow of shadows) {
    await pool.query(`DROP SCHEMA IF EXISTS ${shadow.schema} CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS ${shadow.retired} CASCADE`);
    // LIKE … INCLUDING ALL brings defaults, checks, indexes and identities; the read models have no foreign keys or triggers.
    await pool.query([`CREATE SCHEMA ${shadow.schema}`, ...shadow.tables.map((table) => `CREATE TABLE ${shadow.schema}.${table} (LIKE public.${table} INCLUDING ALL)`)].join(';\n'));
  }

  const replay: Replay = {
    store,
    pool,
    batchSize,
    shadows,
    position: 0n,
    done: 0,
    head: 0n,
    async report() {
      if (onProgress === undefined) return;
      const percent = this.head === 0n ? 100 : Math.min(99, Number((this.position * 100n) / this.head));
      await onProgress({ done: this.done, position: this.position, head: this.head, percent });
    },
  };
  const results: RebuildResult[] = [];
  try {
    replay.head = (await store.headPosition()) ?? 0n;
    await replay.report();
    for (let attempt = 0; attempt < SWAP_ATTEMPTS && replay.shadows.length > 0; attempt += 1) {
      await catchUp(replay);
      const behind: Shadow[] = [];
      for (const shadow of replay.shadows) {
        if (await swap(pool, shadow, replay.position)) results.push({ projection: shadow.projection.name, position: replay.position, events: replay.done });
        else behind.push(shadow);
      }
      replay.shadows = behind;
    }
    if (replay.shadows.length > 0) throw new Error(`the live read model stayed ahead of the rebuilt one through ${SWAP_ATTEMPTS} attempts to swap them`);
    if (onProgress !== undefined) {
      await onProgress({ done: replay.done, position: replay.position, head: replay.position > replay.head ? replay.position : replay.head, percent: 100 });
    }
    return shadows.map((shadow) => results.find((result) => result.projection === shadow.projection.name)!);
  } catch (error: unknown) {
    for (const shadow of replay.shadows) await pool.query(`DROP SCHEMA IF EXISTS ${shadow.schema} CASCADE`).catch(() => undefined);
    const names = replay.shadows.map((shadow) => shadow.projection.name).join(', ');
    const swapped = results.length === 0 ? '' : ` (${results.map((result) => result.projection).join(', ')} rebuilt and swapped in)`;
    throw new Error(`Rebuild of projection ${names} failed (live tables untouched)${swapped}: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Replays into the shadow tables up to the head, then what was appended meanwhile, until a pass finds
 * little left. Each pass reads up to the head it started from (positions become visible in order, so
 * nothing at or below it is missing), and only the event types the read models use: with the types
 * filtered out the last event read says nothing of how far the log was covered, the head does.
 */
async function catchUp(replay: Replay): Promise<void> {
  const { store, pool, batchSize } = replay;
  for (let pass = 0; pass < 10; pass += 1) {
    replay.head = (await store.headPosition()) ?? 0n;
    const target = replay.head;
    if (target <= replay.position) return;
    for await (const batch of batchesOf(readFrom(store, replay.shadows, replay.position, target, batchSize), batchSize)) {
      await applyToShadows(pool, replay.shadows, batch);
      replay.done += batch.length;
      replay.position = batch.at(-1)?.position ?? replay.position;
      await replay.report();
    }
    replay.position = target;
    await replay.report();
    // Dense positions count what is left; EventStoreDB's offsets do not, so it passes again while the head moves.
    if (store.positionsAreDense && ((await store.headPosition()) ?? 0n) - replay.position < BigInt(batchSize)) return;
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

/** The events after `after` up to `to`, of the types the read models use (every event when one of them uses every type). */
function readFrom(store: EventStore, shadows: readonly Shadow[], after: Position, to: Position, batchSize: number): AsyncIterable<RecordedEvent> {
  const everyType = shadows.some((shadow) => shadow.types === null);
  const types = [...new Set(shadows.flatMap((shadow) => [...(shadow.types ?? [])]))];
  return store.readAll({
    after: after === 0n ? null : after,
    to,
    batchSize,
    ...(everyType ? {} : { types }),
  });
}

/** One batch into every shadow, in one transaction: each read model's writers see only their shadow (search_path) and their event types. */
async function applyToShadows(pool: pg.Pool, shadows: readonly Shadow[], events: readonly RecordedEvent[]): Promise<void> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    // Only the shadow tables are written: a crash before the swap discards them and the rebuild starts
    // again, so these commits need not wait for the WAL flush. The swap's transaction stays synchronous.
    await client.query('SET LOCAL synchronous_commit = off');
    for (const shadow of shadows) {
      const types = shadow.types;
      const used = types === null ? events : events.filter((event) => types.has(event.type));
      if (used.length === 0) continue;
      await client.query(`SET LOCAL search_path = ${shadow.schema}, public`);
      await shadow.projection.apply(client, used);
    }
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

/**
 * Swaps the shadow tables in at `rebuilt`, under the live checkpoint's row lock, unless the live read
 * model has gone past it (false: catch up and try again). A live runner's next batch waits on that row,
 * then finds the checkpoint at `rebuilt` and applies only the events after it: none is applied twice or
 * skipped, because the shadow holds every event up to `rebuilt` and the live tables stopped at or before
 * it. Reads nothing from the event store inside the transaction, so it never waits on a second connection.
 */
async function swap(pool: pg.Pool, { projection, schema: shadow, retired, tables }: Shadow, rebuilt: Position): Promise<boolean> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO public.projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [projection.name]);
    const { rows } = await client.query<{ position: string }>(
      'SELECT position::text AS position FROM public.projection_checkpoints WHERE name = $1 FOR UPDATE',
      [projection.name],
    );
    const live = BigInt(rows[0]?.position ?? '0');
    if (live > rebuilt) {
      await client.query('ROLLBACK');
      return false;
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
      [projection.name, rebuilt.toString()],
    );
    await client.query(`DROP SCHEMA ${shadow}`);
    await client.query('COMMIT');
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
  await pool.query(`DROP SCHEMA ${retired} CASCADE`).catch(() => undefined);
  return true;
}
