import { databaseTargetFromEnv, type DatabaseTarget } from '@trust/database';
import { eventStoreConfigFromEnv, type EventStoreConfig } from '@trust/event-store';
import { parseRetentionSchedule, type RetentionSchedule } from '@trust/domain';
import type { LevelWithSilent } from 'pino';

export interface ApiConfig {
  port: number;
  host: string;
  /** DATABASE_URL, or the embedded PGlite under DATA_DIR (EVENT_STORE=postgres only). */
  database: DatabaseTarget;
  /** EVENT_STORE (postgres by default: the events table of `database`) and EVENTSTORE_CONNECTION_STRING. */
  eventStore: EventStoreConfig;
  /** Follow the store with every projection in this process: on unless RUN_PROJECTIONS=false or --api-only. */
  runProjections: boolean;
  /** Run the background jobs and the deadline reactor in this process: on unless RUN_JOBS=false or --api-only. */
  runJobs: boolean;
  logLevel: LevelWithSilent;
  /** READY_MAX_LAG_SECONDS: /health/ready answers 503 while a projection lags further behind the store (default 60). */
  readinessMaxLagSeconds: number;
  /** RETENTION_YEARS: how long each category of personal data is kept (default the documented schedule). */
  retention: RetentionSchedule;
}

/** The flag `npm run start:api` passes: the HTTP API alone, beside separate workers (the scaled-out layout). */
export const API_ONLY_FLAG = '--api-only';

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads the API's configuration from the environment and the command line; throws a message naming the
 * variable at fault. `npm start` is the whole system in one process in every mode (API, projections,
 * jobs, deadline reactor); only an explicit choice leaves part of it to workers.
 */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): ApiConfig {
  const database = databaseTargetFromEnv(env);
  const eventStore = eventStoreConfigFromEnv(env);
  if (eventStore.kind === 'eventstoredb' && database.kind === 'embedded') {
    throw new Error(
      'DATABASE_URL is required when EVENT_STORE=eventstoredb: the read models, projection checkpoints and idempotency keys ' +
        'live in PostgreSQL. The embedded PGlite database is only used with EVENT_STORE=postgres.',
    );
  }
  const apiOnly = argv.includes(API_ONLY_FLAG);
  const runProjections = !apiOnly && flagFrom('RUN_PROJECTIONS', env['RUN_PROJECTIONS'], true);
  const runJobs = !apiOnly && flagFrom('RUN_JOBS', env['RUN_JOBS'], true);
  const whoElse = apiOnly ? `${API_ONLY_FLAG} (npm run start:api)` : !runProjections ? 'RUN_PROJECTIONS=false' : 'RUN_JOBS=false';
  if ((!runProjections || !runJobs) && database.kind === 'embedded') {
    throw new Error(
      `${whoElse} leaves work to separate workers, which need a shared database: set DATABASE_URL (and REDIS_URL), ` +
        'or run `npm start`, which runs the whole system in one process on the embedded database.',
    );
  }
  if (!runJobs && (env['REDIS_URL']?.trim() ?? '') === '') {
    throw new Error(`${whoElse} needs REDIS_URL: without Redis, jobs run in the process that enqueues them, so nothing else could run them.`);
  }
  return {
    port: portFrom(env['PORT']),
    host: env['HOST']?.trim() || '127.0.0.1',
    database,
    eventStore,
    runProjections,
    runJobs,
    logLevel: logLevelFrom(env['LOG_LEVEL']),
    readinessMaxLagSeconds: secondsFrom('READY_MAX_LAG_SECONDS', env['READY_MAX_LAG_SECONDS'], 60),
    retention: parseRetentionSchedule(env['RETENTION_YEARS']),
  };
}

function secondsFrom(name: string, raw: string | undefined, fallback: number): number {
  const text = raw?.trim() ?? '';
  if (text === '') return fallback;
  const seconds = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(seconds) || seconds < 1) throw new Error(`${name} must be a whole number of seconds, 1 or more, got "${raw}"`);
  return seconds;
}

function portFrom(raw: string | undefined): number {
  const text = raw?.trim() || '3000';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new Error(`PORT must be a port number from 0 to 65535, got "${raw}"`);
  return port;
}

export function flagFrom(name: string, raw: string | undefined, fallback = false): boolean {
  const text = raw?.trim().toLowerCase() ?? '';
  if (text === '') return fallback;
  if (text === 'false' || text === '0' || text === 'no') return false;
  if (text === 'true' || text === '1' || text === 'yes') return true;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function logLevelFrom(raw: string | undefined): LevelWithSilent {
  const text = raw?.trim().toLowerCase() || 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === text);
  if (level === undefined) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}
