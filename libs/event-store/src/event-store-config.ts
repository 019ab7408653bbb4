import type pg from 'pg';
import type { EventStore, RecordedEvent } from './event-store.js';
import { connectEventStoreDb, redactCredentials } from './eventstoredb/connect.js';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { withStreamOrigins } from './stream-origins.js';

export const EVENT_STORE_KINDS = ['postgres', 'eventstoredb'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];

/** Which event store the apps run on: `EVENT_STORE`, and for EventStoreDB `EVENTSTORE_CONNECTION_STRING`. */
export type EventStoreConfig = { kind: 'postgres' } | { kind: 'eventstoredb'; connectionString: string };

/**
 * Reads `EVENT_STORE` (postgres by default, or eventstoredb) and, for EventStoreDB, the required
 * `EVENTSTORE_CONNECTION_STRING`. Throws a message naming the variable at fault.
 */
export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  const raw = env['EVENT_STORE'];
  const kind = raw?.trim().toLowerCase() || 'postgres';
  switch (kind) {
    case 'postgres':
      return { kind };
    case 'eventstoredb': {
      const connectionString = env['EVENTSTORE_CONNECTION_STRING']?.trim() ?? '';
      if (connectionString === '') {
        throw new Error(
          'EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb: set it to the server to keep the events in, ' +
            'for example esdb://localhost:2113?tls=false',
        );
      }
      return { kind, connectionString };
    }
    default:
      throw new Error(`EVENT_STORE must be one of ${EVENT_STORE_KINDS.join(', ')} (postgres when unset), got "${raw}"`);
  }
}

export interface EventStoreDependencies {
  /** The PostgreSQL pool: the postgres store keeps its events there (EventStoreDB does not use it). */
  pool: pg.Pool;
  /** postgres only: a connection string for a LISTEN connection, so subscriptions wake on other processes' appends. */
  listenUrl?: string;
  /** eventstoredb only: how long the server has to answer the connection check (default 10 s). */
  connectTimeoutMs?: number;
  /** Which events read get the first event of their stream attached, for the upcasters that read it (withStreamOrigins). */
  needsStreamOrigin?: (event: RecordedEvent) => boolean;
}

/**
 * Builds the configured event store. For EventStoreDB it connects and checks the server answers
 * first, failing with a message naming EVENTSTORE_CONNECTION_STRING; the store then owns the client
 * and disposes of it on `close()`.
 */
export async function createEventStoreFromConfig(config: EventStoreConfig, dependencies: EventStoreDependencies): Promise<EventStore> {
  const store = await createStore(config, dependencies);
  return dependencies.needsStreamOrigin === undefined ? store : withStreamOrigins(store, dependencies.needsStreamOrigin);
}

async function createStore(config: EventStoreConfig, dependencies: EventStoreDependencies): Promise<EventStore> {
  switch (config.kind) {
    case 'postgres':
      return new PostgresEventStore(dependencies.pool, dependencies.listenUrl === undefined ? {} : { listenUrl: dependencies.listenUrl });
    case 'eventstoredb': {
      const client = await connectEventStoreDb(
        config.connectionString,
        dependencies.connectTimeoutMs === undefined ? {} : { timeoutMs: dependencies.connectTimeoutMs },
      );
      return new EventStoreDbEventStore(client, { onClose: () => client.dispose() });
    }
    default: {
      const _exhaustive: never = config;
      return _exhaustive;
    }
  }
}

/** One line for a start-up banner: which store, and where (credentials hidden). */
export function describeEventStore(config: EventStoreConfig): string {
  switch (config.kind) {
    case 'postgres':
      return 'PostgreSQL (the events table of the database)';
    case 'eventstoredb':
      return `EventStoreDB at ${redactCredentials(config.connectionString)}`;
    default: {
      const _exhaustive: never = config;
      return _exhaustive;
    }
  }
}
