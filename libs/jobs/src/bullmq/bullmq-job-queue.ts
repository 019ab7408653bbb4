import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  JobQueueClosedError,
  JobQueueUnavailableError,
  type EnqueueOptions,
  type EnqueuedJob,
  type JobProcessor,
  type JobQueue,
  type JobQueueOptions,
  type JobState,
  type JobView,
  type RegisterOptions,
} from '../job-queue.js';
import {
  asJson,
  assertRecentLimit,
  newestFirst,
  asJsonProgress,
  assertJobName,
  errorMessage,
  isValidJobId,
  readProgress,
  resolveConcurrency,
  resolveEnqueueOptions,
  resolveQueueOptions,
  settlesWithin,
  type ResolvedQueueOptions,
} from '../job-rules.js';
import { connectRedis } from './connect-redis.js';

export const DEFAULT_JOB_PREFIX = 'til-jobs';

export interface BullMqJobQueueOptions extends JobQueueOptions {
  /** REDIS_URL: `redis://[user:password@]host:port[/db]`, or `rediss://` for TLS. */
  url: string;
  /** Namespaces every key (`<prefix>:<job name>:…`), so several deployments or test runs can share one Redis (default `til-jobs`). */
  prefix?: string;
  /** How long Redis has to answer the start-up check (default 10 s). */
  connectTimeoutMs?: number;
}

type BullJob = Job<unknown, unknown, string>;

interface Registration {
  processor: JobProcessor<unknown, unknown>;
  concurrency: number;
}

/**
 * The job queue on BullMQ (Redis).
 *
 * One BullMQ queue per job name rather than one queue of named jobs: a BullMQ worker takes every
 * job of its queue, so with one shared queue a process would have to run every name, concurrency
 * would be shared by all names, and a long projection rebuild would hold back deadline checks.
 * A queue per name gives each name its own concurrency and lets a process work only the names it
 * registered. The price is that a job id alone does not say which queue holds the job, so the
 * names ever enqueued are kept in a Redis set and `get` looks the id up in each of them.
 */
export class BullMqJobQueue implements JobQueue {
  private readonly options: ResolvedQueueOptions;
  private readonly prefix: string;
  private readonly namesKey: string;
  private readonly queues = new Map<string, Queue<unknown, unknown, string>>();
  private readonly registrations = new Map<string, Registration>();
  private readonly workers = new Map<string, Worker<unknown, unknown, string>>();
  /** Workers need a client that retries commands for ever (`maxRetriesPerRequest: null`); producers should fail instead. */
  private workerClient: Redis | null = null;
  private started = false;
  private closing: Promise<void> | null = null;

  /** Connects to Redis and checks it answers; the error names REDIS_URL when it does not. */
  static async connect(options: BullMqJobQueueOptions): Promise<BullMqJobQueue> {
    const client = await connectRedis(options.url, options.connectTimeoutMs === undefined ? {} : { timeoutMs: options.connectTimeoutMs });
    return new BullMqJobQueue(client, options);
  }

  private constructor(
    private readonly client: Redis,
    options: BullMqJobQueueOptions,
  ) {
    this.options = resolveQueueOptions(options);
    this.prefix = options.prefix ?? DEFAULT_JOB_PREFIX;
    if (this.prefix === '' || this.prefix.includes(':')) throw new TypeError(`The job queue prefix must be non-empty and contain no ":", got "${this.prefix}"`);
    // Every BullMQ key is `<prefix>:<queue>:<suffix>`, so `<prefix>:job-names` is never one of them.
    this.namesKey = `${this.prefix}:job-names`;
    this.client.on('error', (error: Error) => this.options.log(`job queue Redis connection: ${error.message}`));
  }

  register<Data, Result>(name: string, processor: JobProcessor<Data, Result>, options: RegisterOptions = {}): void {
    if (this.closing) throw new JobQueueClosedError(`register "${name}"`);
    assertJobName(name);
    const concurrency = resolveConcurrency(options);
    if (this.registrations.has(name)) throw new Error(`Job "${name}" already has a processor`);
    // Data is what the enqueuer stored as JSON: the processor's declared type is its own claim.
    this.registrations.set(name, { processor: (job) => processor({ ...job, data: job.data as Data }), concurrency });
    if (this.started) {
      this.startWorker(name).catch((error: unknown) => this.options.log(`job queue: worker for "${name}" did not start: ${errorMessage(error)}`));
    }
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<EnqueuedJob> {
    if (this.closing) throw new JobQueueClosedError(`enqueue "${name}"`);
    assertJobName(name);
    return this.whileReachable(`enqueue "${name}"`, () => this.add(name, data, options));
  }

  private async add<Data>(name: string, data: Data, options: EnqueueOptions): Promise<EnqueuedJob> {
    const resolved = resolveEnqueueOptions(options, Date.now());
    const json = asJson(data, `The data of job "${name}"`);
    // BullMQ ignores an add whose id its queue already holds; ids are unique across names too, so look in the other queues.
    if (resolved.jobId !== undefined && (await this.locate(resolved.jobId))) return { id: resolved.jobId };

    const id = resolved.jobId ?? randomUUID();
    const jobOptions: JobsOptions = {
      jobId: id,
      attempts: resolved.attempts,
      removeOnComplete: { count: this.options.keepFinished },
      removeOnFail: { count: this.options.keepFinished },
      ...(resolved.delayMs > 0 ? { delay: resolved.delayMs } : {}),
      ...(resolved.attempts > 1 ? { backoff: { type: 'exponential', delay: resolved.backoffMs } } : {}),
    };
    // The name goes into the set first, so a job is never in a queue that `get` does not search.
    await this.client.sadd(this.namesKey, name);
    await this.queue(name).add(name, json, jobOptions);
    return { id };
  }

  async get(id: string): Promise<JobView | null> {
    if (this.closing) throw new JobQueueClosedError(`get job "${id}"`);
    return this.whileReachable(`get job "${id}"`, () => this.find(id));
  }

  async recent(limit: number): Promise<JobView[]> {
    if (this.closing) throw new JobQueueClosedError('list recent jobs');
    assertRecentLimit(limit);
    return this.whileReachable('list recent jobs', () => this.latest(limit));
  }

  /** The newest `limit` of each state of each name (BullMQ lists each state newest first), merged. */
  private async latest(limit: number): Promise<JobView[]> {
    const names = new Set([...(await this.client.smembers(this.namesKey)), ...this.queues.keys(), ...this.registrations.keys()]);
    const lists = await Promise.all(
      [...names].flatMap((name) =>
        LISTED_STATES.map(async ([bullState, state]) => {
          const jobs = await this.queue(name).getJobs([bullState], 0, limit - 1, false);
          return jobs.map((job) => toView(job, state)).filter((view): view is JobView => view !== null);
        }),
      ),
    );
    return lists.flat().sort(newestFirst).slice(0, limit);
  }

  /** Runs a producer call; a failure while the connection is not ready becomes JobQueueUnavailableError. */
  private async whileReachable<T>(action: string, call: () => Promise<T>): Promise<T> {
    if (this.client.status !== 'ready') throw new JobQueueUnavailableError(action, new Error(`Redis connection is ${this.client.status}`));
    try {
      return await call();
    } catch (error) {
      if (this.client.status !== 'ready' || isRedisConnectionError(error)) throw new JobQueueUnavailableError(action, error);
      throw error;
    }
  }

  private async find(id: string): Promise<JobView | null> {
    const found = await this.locate(id);
    if (!found) return null;
    // Read after the state, the job's fields are at least as new as it (a result is there once completed).
    const job = await this.queue(found.name).getJob(id);
    return job ? toView(job, found.state) : null;
  }

  async start(): Promise<void> {
    if (this.closing) throw new JobQueueClosedError('start');
    if (this.started) return;
    this.started = true;
    await Promise.all([...this.registrations.keys()].map((name) => this.startWorker(name)));
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    await Promise.all([...this.workers.entries()].map(([name, worker]) => this.closeWorker(name, worker)));
    await Promise.all([...this.queues.values()].map((queue) => queue.close().catch(() => undefined)));
    const clients = this.workerClient ? [this.workerClient, this.client] : [this.client];
    await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
  }

  /** Lets the worker's active jobs finish within the close timeout, then drops its connections. */
  private async closeWorker(name: string, worker: Worker<unknown, unknown, string>): Promise<void> {
    const closing = worker.close();
    if (await settlesWithin(closing, this.options.closeTimeoutMs)) return;
    // Left running, a job keeps its lock until the lock expires; then another worker's stalled check takes it up again.
    this.options.log(`job queue: "${name}" jobs still running after ${this.options.closeTimeoutMs} ms were abandoned`);
    await worker.disconnect().catch(() => undefined);
  }

  private async startWorker(name: string): Promise<void> {
    const registration = this.registrations.get(name);
    if (!registration || this.workers.has(name)) return;
    if (!this.workerClient) {
      this.workerClient = this.client.duplicate({ lazyConnect: false, maxRetriesPerRequest: null, enableOfflineQueue: true });
      this.workerClient.on('error', (error: Error) => this.options.log(`job queue Redis connection (workers): ${error.message}`));
    }
    const worker = new Worker<unknown, unknown, string>(name, (job) => runAttempt(job, registration.processor), {
      connection: this.workerClient,
      prefix: this.prefix,
      concurrency: registration.concurrency,
    });
    worker.on('error', (error: Error) => this.options.log(`job queue: worker for "${name}": ${error.message}`));
    this.workers.set(name, worker);
    await this.client.sadd(this.namesKey, name);
    await worker.waitUntilReady();
  }

  private queue(name: string): Queue<unknown, unknown, string> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<unknown, unknown, string>(name, { connection: this.client, prefix: this.prefix });
      queue.on('error', (error: Error) => this.options.log(`job queue: queue "${name}": ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Which queue holds the job, and its state there. */
  private async locate(id: string): Promise<{ name: string; state: JobState } | null> {
    if (!isValidJobId(id)) return null;
    const names = new Set([...(await this.client.smembers(this.namesKey)), ...this.queues.keys(), ...this.registrations.keys()]);
    const states = await Promise.all([...names].map(async (name) => ({ name, state: toState(await this.queue(name).getJobState(id)) })));
    for (const { name, state } of states) if (state !== null) return { name, state };
    return null;
  }
}

async function runAttempt(job: BullJob, processor: JobProcessor<unknown, unknown>): Promise<unknown> {
  let result: unknown;
  try {
    result = await processor({
      id: job.id ?? '',
      name: job.name,
      data: job.data,
      // attemptsMade counts the attempts that have ended; this one has not.
      attempt: job.attemptsMade + 1,
      reportProgress: (progress) => job.updateProgress(asJsonProgress(progress)),
    });
  } catch (error) {
    // BullMQ keeps `error.message` as the failed reason, which a thrown string or object lacks.
    throw error instanceof Error ? error : new Error(errorMessage(error));
  }
  return asJson(result ?? null, `The result of job "${job.name}"`);
}

/** ioredis's own failures of the connection, as opposed to a command's error answer. */
function isRedisConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/.test(error.message)
  );
}

/** BullMQ's lists read for `recent`, each with the state its jobs are in. */
const LISTED_STATES: readonly (readonly ['active' | 'waiting' | 'prioritized' | 'delayed' | 'completed' | 'failed', JobState])[] = [
  ['active', 'active'],
  ['waiting', 'waiting'],
  ['prioritized', 'waiting'],
  ['delayed', 'delayed'],
  ['completed', 'completed'],
  ['failed', 'failed'],
];

function toView(job: BullJob, state: JobState): JobView | null {
  if (job.id === undefined) return null;
  return {
    id: job.id,
    name: job.name,
    state,
    progress: readProgress(job.progress),
    data: job.data,
    ...(state === 'completed' ? { result: job.returnvalue ?? null } : {}),
    ...(job.failedReason && state !== 'completed' ? { failedReason: job.failedReason } : {}),
    attemptsMade: job.attemptsMade,
    createdAt: new Date(job.timestamp),
    ...(job.processedOn ? { startedAt: new Date(job.processedOn) } : {}),
    ...(job.finishedOn && (state === 'completed' || state === 'failed') ? { finishedAt: new Date(job.finishedOn) } : {}),
  };
}

function toState(state: string): JobState | null {
  switch (state) {
    case 'completed':
    case 'failed':
    case 'delayed':
    case 'active':
      return state;
    case 'waiting':
    case 'wait':
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    default:
      // 'unknown': removed between the read and the state check.
      return null;
  }
}
