import type pg from 'pg';
import type { Position } from '@trust/event-store';

/** `running`: following the store. `failed`: stopped at an event it could not apply, until retried. `stopped`: shut down cleanly. */
export type ProjectionState = 'running' | 'failed' | 'stopped';

export interface Checkpoint {
  name: string;
  /** Global position of the last event applied; 0 when nothing has been applied. */
  position: Position;
  status: ProjectionState;
  /** Position of the event the projection failed on, while it is failed. */
  failedPosition: Position | null;
  lastError: string | null;
  updatedAt: Date;
}

/** A pool or a checked-out client (inside a transaction). */
export type Queryable = pg.Pool | pg.PoolClient;

type CheckpointRow = {
  name: string;
  position: string;
  status: ProjectionState;
  failed_position: string | null;
  last_error: string | null;
  updated_at: Date;
};

// Positions are numeric(39,0), wide enough for EventStoreDB's packed positions (beyond bigint); they
// are read as text and parsed into a BigInt here, and sent as text cast to numeric.
const SELECT_CHECKPOINTS = `
  SELECT name, position::text AS position, status, failed_position::text AS failed_position, last_error, updated_at
    FROM projection_checkpoints`;

/** Every projection's checkpoint (or only the named ones), sorted by name. */
export async function readCheckpoints(db: Queryable, names?: readonly string[]): Promise<Checkpoint[]> {
  const { rows } =
    names === undefined
      ? await db.query<CheckpointRow>(`${SELECT_CHECKPOINTS} ORDER BY name COLLATE "C"`)
      : await db.query<CheckpointRow>(`${SELECT_CHECKPOINTS} WHERE name = ANY ($1::text[]) ORDER BY name COLLATE "C"`, [names]);
  return rows.map((row) => ({
    name: row.name,
    position: BigInt(row.position),
    status: row.status,
    failedPosition: row.failed_position === null ? null : BigInt(row.failed_position),
    lastError: row.last_error,
    updatedAt: row.updated_at,
  }));
}

/** Creates the checkpoint rows that do not exist yet (position 0, nothing applied). */
export async function ensureCheckpoints(db: Queryable, names: readonly string[]): Promise<void> {
  await db.query(
    `INSERT INTO projection_checkpoints (name) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT (name) DO NOTHING`,
    [names],
  );
}

/** Marks projections as following the store again, clearing any recorded failure. */
export async function markRunning(db: Queryable, names: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE projection_checkpoints
        SET status = 'running', failed_position = NULL, last_error = NULL, updated_at = now()
      WHERE name = ANY ($1::text[])`,
    [names],
  );
}

/** Marks running projections as cleanly stopped; a failed one keeps its failure on record. */
export async function markStopped(db: Queryable, names: readonly string[]): Promise<void> {
  await db.query(
    `UPDATE projection_checkpoints SET status = 'stopped', updated_at = now()
      WHERE name = ANY ($1::text[]) AND status = 'running'`,
    [names],
  );
}

/** Records why a projection stopped; its position is left where the last committed batch put it. */
export async function recordFailure(db: Queryable, name: string, failedPosition: Position | null, error: string): Promise<void> {
  await db.query(
    `UPDATE projection_checkpoints
        SET status = 'failed', failed_position = $2::numeric, last_error = $3, updated_at = now()
      WHERE name = $1`,
    [name, failedPosition === null ? null : failedPosition.toString(), error],
  );
}

export interface WaitForCheckpointOptions {
  /** First delay between polls; it doubles up to `maxIntervalMs`. */
  intervalMs?: number;
  maxIntervalMs?: number;
  /** How the wait tells the time and waits between polls: the wall clock and a timer, unless a test gives its own. */
  clock?: WaitClock;
}

export interface WaitClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const WALL_CLOCK: WaitClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Resolves true as soon as every named projection has applied `position` (its checkpoint is at or
 * beyond it), false when `timeoutMs` passes first. Polls the checkpoint table, so it works whichever
 * process runs the projections; it is how a query honours `minPosition` (read your own write).
 */
export async function waitForCheckpoint(
  pool: Queryable,
  names: readonly string[],
  position: Position,
  timeoutMs: number,
  { intervalMs = 10, maxIntervalMs = 200, clock = WALL_CLOCK }: WaitForCheckpointOptions = {},
): Promise<boolean> {
  const deadline = clock.now() + timeoutMs;
  let delay = intervalMs;
  for (;;) {
    if (await reached(pool, names, position)) return true;
    const remaining = deadline - clock.now();
    if (remaining <= 0) return false;
    await clock.sleep(Math.min(delay, remaining));
    delay = Math.min(delay * 2, maxIntervalMs);
  }
}

async function reached(db: Queryable, names: readonly string[], position: Position): Promise<boolean> {
  if (names.length === 0) return true;
  const { rows } = await db.query<{ reached: number }>(
    `SELECT count(*)::int AS reached FROM projection_checkpoints WHERE name = ANY ($1::text[]) AND position >= $2::numeric`,
    [names, position.toString()],
  );
  return rows[0]?.reached === new Set(names).size;
}
