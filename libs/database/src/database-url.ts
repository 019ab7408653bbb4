/** Where the system's PostgreSQL lives: an explicit DATABASE_URL, or the embedded PGlite default. */
export type DatabaseTarget =
  | { kind: 'external'; url: string }
  | { kind: 'embedded'; dataDir: string };

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { kind: 'external', url };
  return { kind: 'embedded', dataDir: env['DATA_DIR']?.trim() || '.data/pglite' };
}
