import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown, type BeforeApplicationShutdown } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type pg from 'pg';
import type { LevelWithSilent } from 'pino';
import { ChainKeeper, type EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { DEFAULT_RETENTION_SCHEDULE, type RetentionSchedule } from '@trust/domain';
import { registerRetentionJob, scheduleDailyRetention, type SubjectKeyStore } from '@trust/personal-data';
import { ProjectionRunner, queueRebuilds, registerRebuildJob } from '@trust/projection-runner';
import { allProjections, selectProjections } from '@trust/projections';
import { registerReportJob } from '@trust/reports';
import { registerImportJob } from '@trust/imports';
import { workerDeadlineReactorProvider, WorkerDeadlineReactorLifecycle } from './worker-deadlines.js';

export const WORKER_EVENT_STORE = Symbol('WORKER_EVENT_STORE');
export const WORKER_PROJECTION_RUNNER = Symbol('WORKER_PROJECTION_RUNNER');
export const WORKER_JOB_QUEUE = Symbol('WORKER_JOB_QUEUE');
export const WORKER_CHAIN_KEEPER = Symbol('WORKER_CHAIN_KEEPER');

export interface WorkerModuleOptions {
  /** Owned by main.ts, which ends it after the context has closed. */
  pool: pg.Pool;
  /** The event store (createEventStoreFromConfig); the context closes it on shutdown. */
  store: EventStore;
  /**
   * The store as it holds the events (under the sealing), when its hash chain is kept here: EventStoreDB,
   * whose events no PostgreSQL trigger links. Null or absent: no chain keeper (PostgreSQL links its own).
   */
  keepChainOf?: EventStore | null;
  /** The projections to run (PROJECTIONS); all of them when empty or left out. */
  projections?: readonly string[];
  logLevel: LevelWithSilent;
  /**
   * The BullMQ queue (REDIS_URL) whose jobs this worker runs: rebuilds of any projection. Null or
   * absent: no jobs here (without REDIS_URL the API runs them in its own process).
   */
  jobs?: JobQueue | null;
  /** What imports and retention decide on: the system clock unless a test injects its own. */
  clock?: () => Date;
  /** The data subjects' keys, which retention destroys once a record's retention ended. */
  keys: SubjectKeyStore;
  /** How long each category of personal data is kept (RETENTION_YEARS; default the documented schedule). */
  retention?: RetentionSchedule;
}

export const WORKER_CLOCK = Symbol('WORKER_CLOCK');

/**
 * Runs its projections from their checkpoints once the context is up; stops them, then the store, on
 * close. Several workers may run the same projection: each batch locks the projection's checkpoint row,
 * so none is applied twice (see applyProjectionBatch); PROJECTIONS shares the projections out instead.
 */
@Injectable()
export class ProjectionWorker implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectionWorker.name);

  constructor(
    @Inject(WORKER_EVENT_STORE) private readonly store: EventStore,
    @Inject(WORKER_PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(WORKER_JOB_QUEUE) private readonly jobs: JobQueue | null,
    @Inject(WORKER_CLOCK) private readonly clock: () => Date,
    @Inject(WORKER_CHAIN_KEEPER) private readonly chainKeeper: ChainKeeper | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    for (const projection of this.runner.status()) {
      this.logger.log(`projection ${projection.name}: following from position ${projection.position}`);
    }
    await this.chainKeeper?.start();
    if (this.jobs !== null) {
      await this.jobs.start();
      // Whoever runs the jobs keeps the daily retention queued (once a day, however many processes).
      await scheduleDailyRetention(this.jobs, this.clock);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Jobs first: a rebuild in flight ends before the pool it uses does.
    await this.jobs?.close();
    await this.runner.stop();
    await this.chainKeeper?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    const runnerLogger = new Logger('ProjectionRunner');
    const chainLogger = new Logger('HashChain');
    const keepChainOf = options.keepChainOf ?? null;
    // Checked before anything connects: an unknown name fails the start, listing the known ones.
    const projections = selectProjections(options.projections ?? []);
    const clock = options.clock ?? ((): Date => new Date());
    return {
      module: WorkerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { level: options.logLevel } })],
      providers: [
        { provide: WORKER_EVENT_STORE, useValue: options.store },
        { provide: WORKER_CLOCK, useValue: clock },
        {
          provide: WORKER_PROJECTION_RUNNER,
          inject: [WORKER_EVENT_STORE],
          useFactory: (store: EventStore): ProjectionRunner =>
            new ProjectionRunner({ store, pool: options.pool, projections, log: (message) => runnerLogger.log(message), logError: (message) => runnerLogger.error(message) }),
        },
        {
          provide: WORKER_JOB_QUEUE,
          inject: [WORKER_EVENT_STORE],
          useFactory: (store: EventStore): JobQueue | null => {
            const queue = options.jobs ?? null;
            // Any projection may be rebuilt here, whichever ones PROJECTIONS has this worker follow.
            if (queue !== null) {
              registerRebuildJob(queue, { store, pool: options.pool, projections: allProjections() });
              registerReportJob(queue, options.pool, store);
              registerImportJob(queue, { store, clock });
              registerRetentionJob(queue, {
                store,
                keys: options.keys,
                clock,
                schedule: options.retention ?? DEFAULT_RETENTION_SCHEDULE,
                rebuildReadModels: () => queueRebuilds(queue, allProjections()),
              });
            }
            return queue;
          },
        },
        {
          provide: WORKER_CHAIN_KEEPER,
          useValue:
            keepChainOf === null
              ? null
              : new ChainKeeper({ store: keepChainOf, pool: options.pool, log: (message) => chainLogger.log(message), logError: (message) => chainLogger.error(message) }),
        },
        ProjectionWorker,
        workerDeadlineReactorProvider(options.pool, WORKER_EVENT_STORE, WORKER_JOB_QUEUE),
        WorkerDeadlineReactorLifecycle,
      ],
    };
  }
}
