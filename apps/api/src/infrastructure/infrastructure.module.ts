import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type pg from 'pg';
import { createEventStoreFromConfig, type EventStore, type EventStoreConfig } from '@trust/event-store';
import { ProjectionRunner } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { API_SETTINGS, CLOCK, EVENT_STORE, PG_POOL, PROJECTION_RUNNER, type ApiSettings, type Clock } from './tokens.js';

export interface InfrastructureOptions {
  /** Owned by the caller, which ends it after the app has closed. */
  pool: pg.Pool;
  /** Run the projections in this process (embedded database, or RUN_PROJECTIONS=true). */
  runProjections: boolean;
  /** Connection string for the PostgreSQL event store's LISTEN connection (an external database only). */
  listenUrl?: string;
  /** The event store to build (main.ts reads it from EVENT_STORE and EVENTSTORE_CONNECTION_STRING). */
  eventStore: EventStoreConfig;
  settings: ApiSettings;
  clock?: Clock;
}

/** Starts the in-process projections once the app is up; stops them, then the store, on close. */
@Injectable()
class InfrastructureLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The composition root's infrastructure: pool, event store, clock, settings and, when asked, the
 * projection runner. With EventStoreDB the store connects while the app is created, so an
 * unreachable server fails the start with a message naming EVENTSTORE_CONNECTION_STRING.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static register(options: InfrastructureOptions): DynamicModule {
    const logger = new Logger('ProjectionRunner');
    const eventStore = options.eventStore;
    return {
      module: InfrastructureModule,
      global: true,
      providers: [
        { provide: PG_POOL, useValue: options.pool },
        { provide: API_SETTINGS, useValue: options.settings },
        { provide: CLOCK, useValue: options.clock ?? ((): Date => new Date()) },
        {
          provide: EVENT_STORE,
          useFactory: (): Promise<EventStore> =>
            createEventStoreFromConfig(eventStore, { pool: options.pool, ...(options.listenUrl === undefined ? {} : { listenUrl: options.listenUrl }) }),
        },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore): ProjectionRunner | null =>
            options.runProjections
              ? new ProjectionRunner({ store, pool: options.pool, projections: allProjections(), log: (message) => logger.log(message) })
              : null,
        },
        InfrastructureLifecycle,
      ],
      exports: [PG_POOL, API_SETTINGS, CLOCK, EVENT_STORE, PROJECTION_RUNNER],
    };
  }
}
