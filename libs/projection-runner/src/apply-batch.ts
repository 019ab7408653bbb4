import type pg from 'pg';
import type { Position, RecordedEvent } from '@trust/event-store';
import type { Projection } from './projection.js';

export interface AppliedBatch {
  /** Events handed to the projection: the batch minus those at or below the checkpoint. */
  applied: number;
  /** The projection's checkpoint after the batch. */
  position: Position;
}

/** A projection threw on a batch: nothing of the batch was kept. */
export class ProjectionBatchError extends Error {
  override readonly name = 'ProjectionBatchError';
  constructor(
    readonly projection: string,
    /** The event the projection failed on, or null when the failure was not the projection's (the checkpoint could not be read). */
    readonly failedPosition: Position | null,
    options: { cause: unknown },
  ) {
    super(
      `Projection ${projection} failed${failedPosition === null ? '' : ` at position ${failedPosition}`}: ${errorMessage(options.cause)}`,
      options,
    );
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies one batch to a projection in one transaction with its checkpoint: locks the checkpoint
 * row, drops events at or below it (a redelivered batch, or one another runner already applied),
 * applies the rest and advances the checkpoint to the last of them. On failure everything is rolled
 * back and a ProjectionBatchError names the event that failed.
 */
export async function applyProjectionBatch(pool: pg.Pool, projection: Projection, events: readonly RecordedEvent[]): Promise<AppliedBatch> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const checkpoint = await lockCheckpoint(client, projection.name);
    const fresh = events.filter((event) => event.position > checkpoint);
    const last = fresh.at(-1);
    if (last === undefined) {
      await client.query('COMMIT');
      return { applied: 0, position: checkpoint };
    }
    await client.query('SAVEPOINT projection_batch');
    try {
      await projection.apply(client, fresh);
    } catch (error: unknown) {
      const failedPosition = (await locateFailure(client, projection, fresh)) ?? fresh[0]?.position ?? null;
      throw new ProjectionBatchError(projection.name, failedPosition, { cause: error });
    }
    await client.query(
      `UPDATE projection_checkpoints
          SET position = $2::numeric, status = 'running', failed_position = NULL, last_error = NULL, updated_at = now()
        WHERE name = $1`,
      [projection.name, last.position.toString()],
    );
    await client.query('COMMIT');
    return { applied: fresh.length, position: last.position };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    if (error instanceof ProjectionBatchError) throw error;
    throw new ProjectionBatchError(projection.name, null, { cause: error });
  } finally {
    // A client whose ROLLBACK failed has lost its connection: destroy it rather than pool it.
    client.release(broken);
  }
}

async function lockCheckpoint(client: pg.PoolClient, name: string): Promise<Position> {
  const select = () =>
    client.query<{ position: string }>('SELECT position::text AS position FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [name]);
  let { rows } = await select();
  if (rows.length === 0) {
    await client.query('INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    ({ rows } = await select());
  }
  const row = rows[0];
  if (row === undefined) throw new Error(`No checkpoint row for projection ${name}`);
  return BigInt(row.position);
}

/**
 * Finds the event a failed batch broke on, to report it: replays the batch one event at a time,
 * each under a savepoint, until one throws. Diagnostic only: the caller rolls everything back.
 * Null when the replay itself cannot run (the connection is gone) or every event passes alone.
 */
async function locateFailure(client: pg.PoolClient, projection: Projection, events: readonly RecordedEvent[]): Promise<Position | null> {
  try {
    await client.query('ROLLBACK TO SAVEPOINT projection_batch');
    for (const event of events) {
      await client.query('SAVEPOINT projection_event');
      try {
        await projection.apply(client, [event]);
      } catch {
        return event.position;
      }
      await client.query('RELEASE SAVEPOINT projection_event');
    }
    return null;
  } catch {
    return null;
  }
}
