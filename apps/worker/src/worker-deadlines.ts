import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import type pg from 'pg';
import { DeadlineReactor, registerDeadlineChecks } from '@trust/deadlines';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';

export const WORKER_DEADLINE_REACTOR = Symbol('WORKER_DEADLINE_REACTOR');

/**
 * The deadline reactor and its checks, on the worker's BullMQ queue (REDIS_URL): the reactor follows the
 * store and schedules a delayed check per deadline; the worker runs the checks. Without a queue (no
 * REDIS_URL) the API runs both in its own process. Tokens are passed in: worker.module.ts owns them.
 */
export function workerDeadlineReactorProvider(pool: pg.Pool, storeToken: symbol, jobsToken: symbol): Provider {
  const logger = new Logger('DeadlineReactor');
  return {
    provide: WORKER_DEADLINE_REACTOR,
    inject: [storeToken, jobsToken],
    useFactory: (store: EventStore, jobs: JobQueue | null): DeadlineReactor | null => {
      if (jobs === null) return null;
      registerDeadlineChecks(jobs, { store, pool });
      return new DeadlineReactor({ store, pool, jobs, log: (message) => logger.log(message) });
    },
  };
}

/** On start, re-schedules every pending deadline (jobs lost with Redis come back), then follows the store. */
@Injectable()
export class WorkerDeadlineReactorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(WORKER_DEADLINE_REACTOR) private readonly reactor: DeadlineReactor | null) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reactor?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reactor?.stop();
  }
}
