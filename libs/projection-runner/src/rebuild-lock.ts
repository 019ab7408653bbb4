import type pg from 'pg';

/** Lets one rebuild of a projection run at a time. */
export interface RebuildLock {
  /** The release of the locks of all these projections, or null (holding none) when another rebuild holds any of them. */
  tryAcquire(projections: readonly string[]): Promise<(() => Promise<void>) | null>;
}

/**
 * Session advisory locks, one per projection, on one pooled connection held for the whole rebuild: every
 * process on the database sees them, and a crash releases them with the session. The rebuild's own work
 * needs further connections, so the pool must have at least two.
 */
export function advisoryRebuildLock(pool: pg.Pool): RebuildLock {
  return {
    async tryAcquire(projections) {
      const keys = projections.map((projection) => `rebuild:${projection}`);
      const client = await pool.connect();
      const unlock = async (held: readonly string[]): Promise<boolean> => {
        let broken = false;
        for (const key of held) {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {
            broken = true;
          });
        }
        return broken;
      };
      const held: string[] = [];
      try {
        for (const key of keys) {
          const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
          if (rows[0]?.locked !== true) {
            client.release(await unlock(held));
            return null;
          }
          held.push(key);
        }
      } catch (error: unknown) {
        client.release(true);
        throw error;
      }
      return async () => {
        client.release(await unlock(held));
      };
    },
  };
}

/**
 * For the embedded database: one session that only this process can reach. An advisory lock there is
 * re-entrant (every connection is the same session) and holding a connection for it would leave none
 * for the rebuild itself, so the lock lives in this process.
 */
export function inProcessRebuildLock(): RebuildLock {
  const held = new Set<string>();
  return {
    tryAcquire(projections) {
      if (projections.some((projection) => held.has(projection))) return Promise.resolve(null);
      for (const projection of projections) held.add(projection);
      return Promise.resolve(async () => {
        for (const projection of projections) held.delete(projection);
      });
    },
  };
}
