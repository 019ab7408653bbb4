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
      log,
      logger: { debug: log, info: log, warn: log, error: log },
    });
  } finally {
    await client.end();
  }
}
