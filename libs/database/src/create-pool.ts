import pg from 'pg';

// PostgreSQL bigint (int8) columns carry global positions; parse them as bigint, never as a lossy number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => BigInt(value));

export interface PoolOptions {
  url: string;
  /** Embedded PGlite is a single session: exactly one pooled connection, or two transactions would share it (docs/ARCHITECTURE.md). */
  max?: number;
  applicationName?: string;
}

export function createPool({ url, max = 10, applicationName = 'trust-improvement-ledger' }: PoolOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: applicationName, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection (a database restart) must not crash the process;
  // the pool discards it and the next query reconnects.
  pool.on('error', () => undefined);
  // A client checked out of the pool (a projection batch, a rebuild's lock) that loses its connection
  // between two queries emits 'error' with no pool listener attached, which would crash the process
  // (seen in the PostgreSQL restart drill). Its next query fails instead, and release() discards it.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}
