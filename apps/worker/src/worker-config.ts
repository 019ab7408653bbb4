import { eventStoreConfigFromEnv, type EventStoreConfig } from '@trust/event-store';
import { allProjections } from '@trust/projections';
import { parseRetentionSchedule, type RetentionSchedule } from '@trust/domain';
import type { LevelWithSilent } from 'pino';

export interface WorkerConfig {
  /** Read models and checkpoints; with EVENT_STORE=postgres, the events too. */
  databaseUrl: string;
  /** EVENT_STORE (postgres by default) and EVENTSTORE_CONNECTION_STRING. */
  eventStore: EventStoreConfig;
  /** PROJECTIONS: the projections this worker runs, as named; empty means all of them. */
  projections: string[];
  logLevel: LevelWithSilent;
  /** RETENTION_YEARS: how long each category of personal data is kept (default the documented schedule). */
  retention: RetentionSchedule;
}

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The worker always runs against a shared PostgreSQL: the embedded database is one process's alone.
 * Throws a message naming the variable at fault.
 */
export function workerConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  knownProjections: readonly string[] = allProjections().map((projection) => projection.name),
): WorkerConfig {
  const databaseUrl = env['DATABASE_URL']?.trim();
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL is required: the worker keeps the projections of a shared PostgreSQL up to date (whichever EVENT_STORE holds the events). ' +
        'Without DATABASE_URL, `npm start` runs the projections inside the API on its embedded database, and no worker is needed.',
    );
  }
  const level = (env['LOG_LEVEL']?.trim().toLowerCase() || 'info') as LevelWithSilent;
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env['LOG_LEVEL']}"`);
  return {
    databaseUrl,
    eventStore: eventStoreConfigFromEnv(env),
    projections: projectionsFrom(env['PROJECTIONS'], knownProjections),
    logLevel: level,
    retention: parseRetentionSchedule(env['RETENTION_YEARS']),
  };
}

function projectionsFrom(raw: string | undefined, known: readonly string[]): string[] {
  const names = [...new Set((raw ?? '').split(',').map((name) => name.trim()).filter((name) => name !== ''))];
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `PROJECTIONS names ${unknown.length === 1 ? 'an unknown projection' : 'unknown projections'} ${unknown.map((name) => `"${name}"`).join(', ')}: ` +
        `the projections are ${known.join(', ')} (comma-separated; leave PROJECTIONS empty to run them all)`,
    );
  }
  return names;
}
