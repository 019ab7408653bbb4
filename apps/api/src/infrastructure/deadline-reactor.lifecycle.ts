import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import type pg from 'pg';
import { DeadlineReactor } from '@trust/deadlines';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { EVENT_STORE, JOB_QUEUE } from './tokens.js';

export const API_DEADLINE_REACTOR = Symbol('API_DEADLINE_REACTOR');

/**
 * The deadline reactor (libs/deadlines) in the API process, when this process follows the store and runs
 * its own jobs (the embedded `npm start`, or RUN_PROJECTIONS=true without REDIS_URL); otherwise the
 * worker runs it beside the BullMQ processors.
 */
export function deadlineReactorProvider(pool: pg.Pool, runHere: boolean): Provider {
  const logger = new Logger('DeadlineReactor');
  return {
    provide: API_DEADLINE_REACTOR,
    inject: [EVENT_STORE, JOB_QUEUE],
    useFactory: (store: EventStore, jobs: JobQueue): DeadlineReactor | null =>
      runHere ? new DeadlineReactor({ store, pool, jobs, log: (message) => logger.log(message) }) : null,
  };
}

/** Starts the reactor once the app is up (re-scheduling every pending deadline first); stops it on close. */
@Injectable()
export class DeadlineReactorLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(API_DEADLINE_REACTOR) private readonly reactor: DeadlineReactor | null) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reactor?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reactor?.stop();
  }
}
