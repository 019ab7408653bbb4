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
import { DEFAULT_RETENTION_SCHEDULE, domainEventCodec, type RetentionSchedule } from '@trust/domain';
import { ChainKeeper, createEventStoreFromConfig, historyChainFor, withStreamOrigins, type EventStore, type EventStoreConfig, type HistoryChain } from '@trust/event-store';
import { createJobQueue, type JobQueue, type JobQueueConfig } from '@trust/jobs';
import { inProcessRebuildLock, ProjectionRunner, queueRebuilds, registerRebuildJob } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { registerReportJob } from '@trust/reports';
import { registerImportJob } from '@trust/imports';
import { registerDeadlineChecks } from '@trust/deadlines';
import { PostgresSubjectKeyStore, registerRetentionJob, scheduleDailyRetention, SealingEventStore, type SubjectKeyStore } from '@trust/personal-data';
import { deadlineReactorProvider, DeadlineReactorLifecycle } from './deadline-reactor.lifecycle.js';
import {
  API_SETTINGS,
  CLOCK,
  EVENT_STORE,
  HISTORY_CHAIN,
  JOB_QUEUE,
  PG_POOL,
  PROJECTION_RUNNER,
  RETENTION_SCHEDULE,
  STORED_EVENTS,
  SUBJECT_KEYS,
  type ApiSettings,
  type Clock,
} from './tokens.js';

export interface InfrastructureOptions {
  /** Owned by the caller, which ends it after the app has closed. */
  pool: pg.Pool;
  /** Run the projections in this process (embedded database, or RUN_PROJECTIONS=true). */
  runProjections: boolean;
  /** Connection string for the PostgreSQL event store's LISTEN connection (an external database only). */
  listenUrl?: string;
  /**
   * The database is one session that only this process reaches (the embedded PGlite): rebuilds are then
   * kept one at a time in this process rather than by an advisory lock on a connection of their own.
   */
  singleSession?: boolean;
  /** The event store to build (main.ts reads it from EVENT_STORE and EVENTSTORE_CONNECTION_STRING). */
  eventStore: EventStoreConfig;
  /**
   * The master key that wraps the data subjects' keys (loadMasterKey: PERSONAL_DATA_MASTER_KEY, or the
   * embedded default's key file): required, so no app ever stores personal data in the clear.
   */
  masterKey: Buffer;
  settings: ApiSettings;
  clock?: Clock;
  /** How long each category of personal data is kept (RETENTION_YEARS; default the documented schedule). */
  retention?: RetentionSchedule;
  /**
   * Background jobs (rebuilds, reports): BullMQ when `config.redisUrl` is set, else in-process. With
   * `runJobs` this process runs them (the embedded default); otherwise it only enqueues and the worker
   * runs them. Default: in-process, run here.
   */
  jobs?: { config: JobQueueConfig; runJobs: boolean };
}

const JOBS_RUN_HERE = Symbol('JOBS_RUN_HERE');
/** The ChainKeeper of an EventStoreDB store, where this process runs the projections; null otherwise. */
const CHAIN_KEEPER = Symbol('CHAIN_KEEPER');

/** Starts the in-process projections (and the chain keeper) once the app is up; stops them, then the store, on close. */
@Injectable()
class InfrastructureLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(JOBS_RUN_HERE) private readonly runJobs: boolean,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CHAIN_KEEPER) private readonly chainKeeper: ChainKeeper | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner?.start();
    await this.chainKeeper?.start();
    if (this.runJobs) {
      await this.jobs.start();
      // Whoever runs the jobs keeps the daily retention queued (once a day, however many processes).
      await scheduleDailyRetention(this.jobs, this.clock);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Jobs first: a rebuild in flight finishes (or is abandoned) before the runner and pool go.
    await this.jobs.close();
    await this.runner?.stop();
    await this.chainKeeper?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The composition root's infrastructure: pool, event store (sealing personal data under the subjects'
 * keys, kept in the same PostgreSQL), clock, settings and, when asked, the
 * projection runner. With EventStoreDB the store connects while the app is created, so an
 * unreachable server fails the start with a message naming EVENTSTORE_CONNECTION_STRING.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static register(options: InfrastructureOptions): DynamicModule {
    const logger = new Logger('ProjectionRunner');
    const chainLogger = new Logger('HashChain');
    const eventStore = options.eventStore;
    const jobsLogger = new Logger('Jobs');
    const jobs = options.jobs ?? { config: {}, runJobs: true };
    // The system clock, unless the caller (a test, a walkthrough on a chosen day) injects its own.
    const clock: Clock = options.clock ?? ((): Date => new Date());
    return {
      module: InfrastructureModule,
      global: true,
      providers: [
        { provide: PG_POOL, useValue: options.pool },
        { provide: API_SETTINGS, useValue: options.settings },
        { provide: CLOCK, useValue: clock },
        { provide: RETENTION_SCHEDULE, useValue: options.retention ?? DEFAULT_RETENTION_SCHEDULE },
        // The keys live in PostgreSQL whichever store holds the events.
        { provide: SUBJECT_KEYS, useValue: new PostgresSubjectKeyStore(options.pool, options.masterKey, { eventsInSameDatabase: eventStore.kind === 'postgres' }) },
        // The store as it holds the events (sealed text sealed): the hash chain covers it.
        {
          provide: STORED_EVENTS,
          useFactory: (): Promise<EventStore> =>
            createEventStoreFromConfig(eventStore, { pool: options.pool, ...(options.listenUrl === undefined ? {} : { listenUrl: options.listenUrl }) }),
        },
        {
          provide: EVENT_STORE,
          inject: [STORED_EVENTS, SUBJECT_KEYS],
          useFactory: (stored: EventStore, keys: SubjectKeyStore): EventStore =>
            new SealingEventStore(
              withStreamOrigins(stored, (event) => domainEventCodec.readsStreamOrigin(event)),
              keys,
            ),
        },
        {
          provide: HISTORY_CHAIN,
          inject: [STORED_EVENTS],
          useFactory: (stored: EventStore): HistoryChain => historyChainFor(eventStore.kind, options.pool, stored),
        },
        {
          // EventStoreDB's events live outside PostgreSQL, so no trigger links them: their chain is kept
          // wherever the projections run (here, and in the worker; the keepers take turns per batch).
          provide: CHAIN_KEEPER,
          inject: [STORED_EVENTS],
          useFactory: (stored: EventStore): ChainKeeper | null =>
            options.runProjections && eventStore.kind === 'eventstoredb'
              ? new ChainKeeper({ store: stored, pool: options.pool, log: (message) => chainLogger.log(message), logError: (message) => chainLogger.error(message) })
              : null,
        },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore): ProjectionRunner | null =>
            options.runProjections
              ? new ProjectionRunner({
                  store,
                  pool: options.pool,
                  projections: allProjections(),
                  log: (message) => logger.log(message),
                  logError: (message) => logger.error(message),
                })
              : null,
        },
        { provide: JOBS_RUN_HERE, useValue: jobs.runJobs },
        {
          provide: JOB_QUEUE,
          inject: [EVENT_STORE, SUBJECT_KEYS],
          useFactory: async (store: EventStore, keys: SubjectKeyStore): Promise<JobQueue> => {
            const queue = await createJobQueue(jobs.config, { log: (message) => jobsLogger.warn(message) });
            if (jobs.runJobs) {
              registerRebuildJob(queue, {
                store,
                pool: options.pool,
                projections: allProjections(),
                ...(options.singleSession === true ? { lock: inProcessRebuildLock() } : {}),
              });
              registerReportJob(queue, options.pool, store);
              registerImportJob(queue, { store, clock });
              registerDeadlineChecks(queue, { store, pool: options.pool, clock });
              registerRetentionJob(queue, {
                store,
                keys,
                clock,
                schedule: options.retention ?? DEFAULT_RETENTION_SCHEDULE,
                rebuildReadModels: () => queueRebuilds(queue, allProjections()),
              });
            }
            return queue;
          },
        },
        InfrastructureLifecycle,
        deadlineReactorProvider(options.pool, options.runProjections && jobs.runJobs),
        DeadlineReactorLifecycle,
      ],
      exports: [PG_POOL, API_SETTINGS, CLOCK, RETENTION_SCHEDULE, EVENT_STORE, STORED_EVENTS, HISTORY_CHAIN, SUBJECT_KEYS, PROJECTION_RUNNER, JOB_QUEUE],
    };
  }
}
