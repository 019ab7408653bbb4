import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createPool, migrate, readDeploymentId } from '@trust/database';
import { domainEventCodec } from '@trust/domain';
import { createEventStoreFromConfig, describeEventStore, withStreamOrigins, type EventStore } from '@trust/event-store';
import { createJobQueue, describeJobQueue, jobQueueConfigFromEnv, withDeploymentPrefix, type JobQueue, type JobQueueConfig } from '@trust/jobs';
import { describeMasterKey, masterKeyFor, PostgresSubjectKeyStore, SealingEventStore } from '@trust/personal-data';
import { usesDevelopmentSecret } from '@trust/tokens';
import { workerConfigFromEnv, type WorkerConfig } from './worker-config.js';
import { WorkerModule } from './worker.module.js';

/** A started worker: its projections following the store, its jobs (with REDIS_URL) being worked. */
export interface RunningWorker {
  config: WorkerConfig;
  jobQueue: JobQueueConfig | null;
  banner(): string[];
  /** Ends the batch in flight (committed with its checkpoint), the jobs, then the pool. */
  close(): Promise<void>;
}

/**
 * The projection worker of the scaled-out layout: brings the schema up to date (waiting its turn if
 * another process is migrating), then keeps its read models (PROJECTIONS, or all) following the event
 * store and, with REDIS_URL, works the deployment's background jobs and runs the deadline reactor.
 */
export async function startWorker(env: NodeJS.ProcessEnv = process.env): Promise<RunningWorker> {
  const config = workerConfigFromEnv(env);
  const configuredJobs = jobQueueConfigFromEnv(env);
  // The API of the same deployment reads the same setting (or, in development, the same key file).
  const masterKey = await masterKeyFor(env, usesDevelopmentSecret(env) ? { kind: 'development' } : { kind: 'required' });
  if (masterKey.warning !== null) process.stderr.write(`${masterKey.warning}\n`);
  await migrate({ url: config.databaseUrl });
  const pool = createPool({ url: config.databaseUrl, max: 4, applicationName: 'trust-improvement-ledger-worker' });

  let store: EventStore | null = null;
  let jobs: JobQueue | null = null;
  let jobQueue: JobQueueConfig | null = null;
  let context: INestApplicationContext;
  try {
    // The API of the same deployment reads the same id, so both use the same queues.
    jobQueue = configuredJobs.redisUrl === undefined ? null : withDeploymentPrefix(configuredJobs, await readDeploymentId(pool));
    // Before the context: an EventStoreDB that does not answer fails the start with one clear line.
    // Sealing personal data under the subjects' keys, kept in this PostgreSQL whichever store holds the events.
    // The store as it holds the events (sealed text sealed): with EventStoreDB, the worker keeps its hash chain.
    // With the events in this same PostgreSQL, an append's commit makes its new keys durable with it.
    const keys = new PostgresSubjectKeyStore(pool, masterKey.key, { eventsInSameDatabase: config.eventStore.kind === 'postgres' });
    const stored = await createEventStoreFromConfig(config.eventStore, { pool, listenUrl: config.databaseUrl });
    store = new SealingEventStore(
      withStreamOrigins(stored, (event) => domainEventCodec.readsStreamOrigin(event)),
      keys,
    );
    if (jobQueue !== null) jobs = await createJobQueue(jobQueue, { log: (message) => process.stderr.write(`jobs: ${message}\n`) });
    const keepChainOf = config.eventStore.kind === 'eventstoredb' ? stored : null;
    context = await NestFactory.createApplicationContext(
      WorkerModule.register({ pool, store, keys, keepChainOf, retention: config.retention, projections: config.projections, logLevel: config.logLevel, jobs }),
      { bufferLogs: true, abortOnError: false },
    );
    context.useLogger(context.get(Logger));
    await context.init();
  } catch (error: unknown) {
    await jobs?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error;
  }
  const running = context;
  let closing: Promise<void> | null = null;
  return {
    config,
    jobQueue,
    banner: () => [
      'Projection worker running (SIGINT or SIGTERM to stop)',
      `  Event store:   ${describeEventStore(config.eventStore)}`,
      `  Personal data: ${describeMasterKey(masterKey.source)}`,
      `  Projections:   ${config.projections.length === 0 ? 'all' : config.projections.join(', ')}`,
      ...(config.eventStore.kind === 'eventstoredb' ? ['  Hash chain:    kept here for the EventStoreDB events (store_hash_chain)'] : []),
      `  Jobs:          ${jobQueue === null ? 'none here (no REDIS_URL: the API runs its jobs in-process)' : describeJobQueue(jobQueue)}`,
    ],
    close() {
      closing ??= (async () => {
        await running.close();
        await pool.end();
      })();
      return closing;
    },
  };
}
