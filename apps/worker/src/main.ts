import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createPool, migrate } from '@trust/database';
import { createEventStoreFromConfig, describeEventStore, type EventStore } from '@trust/event-store';
import { createJobQueue, describeJobQueue, jobQueueConfigFromEnv, type JobQueue } from '@trust/jobs';
import { workerConfigFromEnv } from './worker-config.js';
import { WorkerModule } from './worker.module.js';

const FORCED_EXIT_AFTER_MS = 15_000;

/**
 * The projection worker: brings the schema up to date, then keeps its read models (PROJECTIONS, or all)
 * following the event store (EVENT_STORE). An EventStoreDB that cannot be reached fails the start.
 */
async function main(): Promise<void> {
  const config = workerConfigFromEnv();
  const jobQueue = jobQueueConfigFromEnv();
  await migrate({ url: config.databaseUrl });
  const pool = createPool({ url: config.databaseUrl, max: 4, applicationName: 'trust-improvement-ledger-worker' });

  let store: EventStore;
  try {
    // Before the context: an EventStoreDB that does not answer fails the start with one clear line.
    store = await createEventStoreFromConfig(config.eventStore, { pool, listenUrl: config.databaseUrl });
  } catch (error: unknown) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  let jobs: JobQueue | null = null;
  let context: INestApplicationContext;
  try {
    // With REDIS_URL this worker runs the background jobs the API enqueues (rebuilds).
    if (jobQueue.redisUrl !== undefined) jobs = await createJobQueue(jobQueue, { log: (message) => process.stderr.write(`jobs: ${message}\n`) });
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({ pool, store, projections: config.projections, logLevel: config.logLevel, jobs }),
      { bufferLogs: true, abortOnError: false },
    );
    context.useLogger(context.get(Logger));
    await context.init();
  } catch (error: unknown) {
    await jobs?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
  const running = context;
  process.stdout.write(
    [
      'Projection worker running (SIGINT or SIGTERM to stop)',
      `  Event store:   ${describeEventStore(config.eventStore)}`,
      `  Projections:   ${config.projections.length === 0 ? 'all' : config.projections.join(', ')}`,
      `  Jobs:          ${jobs === null ? 'none here (no REDIS_URL: the API runs its jobs in-process)' : describeJobQueue(jobQueue)}`,
      '',
    ].join('\n'),
  );

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      process.stderr.write(`${signal} again: exiting without a clean shutdown\n`);
      process.exit(1);
    }
    closing = true;
    process.stdout.write(`${signal}: stopping the projections\n`);
    setTimeout(() => {
      process.stderr.write('shutdown took too long: exiting\n');
      process.exit(1);
    }, FORCED_EXIT_AFTER_MS).unref();
    void (async () => {
      try {
        // The runner finishes its batch in flight (committed with its checkpoint) before the pool ends.
        await running.close();
        await pool.end();
      } catch (error: unknown) {
        process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`The worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
