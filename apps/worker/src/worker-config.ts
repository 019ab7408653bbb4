import type { LevelWithSilent } from 'pino';

export interface WorkerConfig {
  databaseUrl: string;
  logLevel: LevelWithSilent;
}

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The worker always runs against a shared PostgreSQL: the embedded database is one process's alone. */
export function workerConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const databaseUrl = env['DATABASE_URL']?.trim();
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL is required: the worker keeps the projections of a shared PostgreSQL up to date. ' +
        'Without DATABASE_URL, `npm start` runs the projections inside the API on its embedded database, and no worker is needed.',
    );
  }
  const level = (env['LOG_LEVEL']?.trim().toLowerCase() || 'info') as LevelWithSilent;
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env['LOG_LEVEL']}"`);
  return { databaseUrl, logLevel: level };
}
