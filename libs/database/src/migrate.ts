import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pg from 'pg';
import { runner } from 'node-pg-migrate';

/** The one folder of schema migrations (SQL files, applied in name order). */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

function migrationsDir(): string {
  // Compiled code runs from dist/, the SQL files stay in the source tree.
  return MIGRATIONS_DIR.replace(`${path.sep}dist${path.sep}`, path.sep);
}

export interface MigrateOptions {
  url: string;
  log?: (message: string) => void;
}

/**
 * Brings the schema up to date with node-pg-migrate on a dedicated connection, which is
 * closed before the application pool opens (PGlite drops a connection opened right after another closes).
 * Processes starting together on one database (an API and its workers) take turns: each waits for the
 * migration lock rather than failing, and the later ones find nothing left to do.
 */
export async function migrate({ url, log = () => undefined }: MigrateOptions): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'trust-improvement-ledger-migrations' });
  await client.connect();
  try {
    await runner({
      dbClient: client,
      dir: migrationsDir(),
      direction: 'up',
      migrationsTable: 'schema_migrations',
      checkOrder: true,
      advisoryLockMode: 'wait',
      log,
      logger: { debug: log, info: log, warn: log, error: log },
    });
  } finally {
    await client.end();
  }
}

/** This deployment's id (made with its database): the same for every process sharing the database. */
export async function readDeploymentId(pool: Pick<pg.Pool, 'query'>): Promise<string> {
  const { rows } = await pool.query<{ id: string }>('SELECT id::text AS id FROM deployment_identity');
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('The database has no deployment_identity row: run the migrations');
  return id;
}
