import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool, migrate } from '@trust/database';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** The real PostgreSQL that integration tests use; each test file gets its own fresh database on it. */
export function adminUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** `migrated: false` leaves the database empty, for tests of how processes bring the schema up. */
export async function createTestDatabase(
  prefix = 'til_test',
  { poolSize = 10, migrated = true }: { poolSize?: number; migrated?: boolean } = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  if (migrated) await migrate({ url: url.toString() });
  const pool = createPool({ url: url.toString(), max: poolSize });
  return {
    url: url.toString(),
    pool,
    async drop() {
      await pool.end();
      const cleaner = new pg.Client({ connectionString: adminUrl() });
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    },
  };
}
