import type pg from 'pg';
import type { Position } from '@trust/event-store';

/** A reactor's checkpoint: its own table, so it is never listed, rebuilt or reset as a projection. */

export async function readReactorCheckpoint(db: pg.Pool | pg.PoolClient, name: string): Promise<Position> {
  const { rows } = await db.query<{ position: string }>('SELECT position::text AS position FROM reactor_checkpoints WHERE name = $1', [name]);
  return BigInt(rows[0]?.position ?? '0');
}

/** Locks the checkpoint row for the batch (creating it at 0), so two processes never handle one batch twice. */
export async function lockReactorCheckpoint(client: pg.PoolClient, name: string): Promise<Position> {
  await client.query('INSERT INTO reactor_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
  const { rows } = await client.query<{ position: string }>('SELECT position::text AS position FROM reactor_checkpoints WHERE name = $1 FOR UPDATE', [name]);
  return BigInt(rows[0]?.position ?? '0');
}

export async function saveReactorCheckpoint(client: pg.PoolClient, name: string, position: Position): Promise<void> {
  await client.query('UPDATE reactor_checkpoints SET position = $2::numeric, updated_at = now() WHERE name = $1', [name, position.toString()]);
}

/** A reactor's progress as /health shows it, with the deadlines it has still to see checked. */
export interface ReactorProgress {
  name: string;
  position: Position;
  updatedAt: Date;
}

/** Every reactor's checkpoint, by name. */
export async function readReactorCheckpoints(db: pg.Pool | pg.PoolClient): Promise<ReactorProgress[]> {
  const { rows } = await db.query<{ name: string; position: string; updated_at: Date }>(
    'SELECT name, position::text AS position, updated_at FROM reactor_checkpoints ORDER BY name',
  );
  return rows.map(({ name, position, updated_at }) => ({ name, position: BigInt(position), updatedAt: updated_at }));
}
