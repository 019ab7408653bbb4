import { databaseTargetFromEnv, type DatabaseTarget } from '@trust/database';
import { eventStoreConfigFromEnv, type EventStoreConfig } from '@trust/event-store';
import type { LevelWithSilent } from 'pino';

export interface ApiConfig {
  port: number;
  host: string;
  /** DATABASE_URL, or the embedded PGlite under DATA_DIR (EVENT_STORE=postgres only). */
  database: DatabaseTarget;
  /** EVENT_STORE (postgres by default: the events table of `database`) and EVENTSTORE_CONNECTION_STRING. */
  eventStore: EventStoreConfig;
  /** Always with the embedded database; with DATABASE_URL only when RUN_PROJECTIONS=true (else the worker runs them). */
  runProjections: boolean;
  logLevel: LevelWithSilent;
}

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the API's configuration from the environment; throws a message naming the variable at fault. */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const database = databaseTargetFromEnv(env);
  const eventStore = eventStoreConfigFromEnv(env);
  if (eventStore.kind === 'eventstoredb' && database.kind === 'embedded') {
    throw new Error(
      'DATABASE_URL is required when EVENT_STORE=eventstoredb: the read models, projection checkpoints and idempotency keys ' +
        'live in PostgreSQL. The embedded PGlite database is only used with EVENT_STORE=postgres.',
    );
  }
  return {
    port: portFrom(env['PORT']),
    host: env['HOST']?.trim() || '127.0.0.1',
    database,
    eventStore,
    runProjections: database.kind === 'embedded' || flagFrom('RUN_PROJECTIONS', env['RUN_PROJECTIONS']),
    logLevel: logLevelFrom(env['LOG_LEVEL']),
  };
}

function portFrom(raw: string | undefined): number {
  const text = raw?.trim() || '3000';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new Error(`PORT must be a port number from 0 to 65535, got "${raw}"`);
  return port;
}

export function flagFrom(name: string, raw: string | undefined): boolean {
  const text = raw?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0' || text === 'no') return false;
  if (text === 'true' || text === '1' || text === 'yes') return true;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function logLevelFrom(raw: string | undefined): LevelWithSilent {
  const text = raw?.trim().toLowerCase() || 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === text);
  if (level === undefined) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}
