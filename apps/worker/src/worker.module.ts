import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown, type BeforeApplicationShutdown } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type pg from 'pg';
import type { LevelWithSilent } from 'pino';
import type { EventStore } from '@trust/event-store';
import { ProjectionRunner } from '@trust/projection-runner';
import { selectProjections } from '@trust/projections';

export const WORKER_EVENT_STORE = Symbol('WORKER_EVENT_STORE');
export const WORKER_PROJECTION_RUNNER = Symbol('WORKER_PROJECTION_RUNNER');

export interface WorkerModuleOptions {
  /** Owned by main.ts, which ends it after the context has closed. */
  pool: pg.Pool;
  /** The event store (createEventStoreFromConfig); the context closes it on shutdown. */
  store: EventStore;
  /** The projections to run (PROJECTIONS); all of them when empty or left out. */
  projections?: readonly string[];
  logLevel: LevelWithSilent;
}

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
    for (const projection of this.runner.status()) {
      this.logger.log(`projection ${projection.name}: following from position ${projection.position}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Module({})
export class WorkerModule {
  static register(options: WorkerModuleOptions): DynamicModule {
    const runnerLogger = new Logger('ProjectionRunner');
    // Checked before anything connects: an unknown name fails the start, listing the known ones.
    const projections = selectProjections(options.projections ?? []);
    return {
      module: WorkerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { level: options.logLevel } })],
      providers: [
        { provide: WORKER_EVENT_STORE, useValue: options.store },
        {
          provide: WORKER_PROJECTION_RUNNER,
          inject: [WORKER_EVENT_STORE],
          useFactory: (store: EventStore): ProjectionRunner =>
            new ProjectionRunner({ store, pool: options.pool, projections, log: (message) => runnerLogger.log(message) }),
        },
        ProjectionWorker,
      ],
    };
  }
}
