import type pg from 'pg';

/** Lets one rebuild of a projection run at a time. */
export interface RebuildLock {
  /** The release of the lock, or null when another rebuild of `projection` holds it. */
  tryAcquire(projection: string): Promise<(() => Promise<void>) | null>;
}

/**
 * A session advisory lock on a pooled connection held for the whole rebuild: every process on the
 * database sees it, and a crash releases it with the session. The rebuild's own work needs further
 * connections, so the pool must have at least two.
 */
export function advisoryRebuildLock(pool: pg.Pool): RebuildLock {
  return {
    async tryAcquire(projection) {
      const key = `rebuild:${projection}`;
      const client = await pool.connect();
      try {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
        if (rows[0]?.locked !== true) {
          client.release();
          return null;
        }
      } catch (error: unknown) {
        client.release(true);
        throw error;
      }
      return async () => {
        let broken = false;
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {
          broken = true;
        });
        client.release(broken);
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
    tryAcquire(projection) {
      if (held.has(projection)) return Promise.resolve(null);
      held.add(projection);
      return Promise.resolve(async () => {
        held.delete(projection);
      });
    },
  };
}
