import { randomUUID } from 'node:crypto';
import {
  JobQueueClosedError,
  type EnqueueOptions,
  type EnqueuedJob,
  type JobContext,
  type JobProcessor,
  type JobProgress,
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
  resolveConcurrency,
  resolveEnqueueOptions,
  resolveQueueOptions,
  retryDelayMs,
  settlesWithin,
  type ResolvedQueueOptions,
} from '../job-rules.js';

interface StoredJob {
  readonly id: string;
  readonly name: string;
  readonly data: unknown;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly createdAt: Date;
  state: JobState;
  progress: JobProgress;
  result: unknown;
  failedReason: string | undefined;
  attemptsMade: number;
  startedAt: Date | undefined;
  finishedAt: Date | undefined;
}

// The longest delay setTimeout takes: beyond it, Node fires the timer at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One job name: its processor (if this queue registered it), its waiting line and what it keeps of finished jobs. */
interface Lane {
  processor: JobProcessor<unknown, unknown> | undefined;
  concurrency: number;
  active: number;
  readonly waiting: string[];
  readonly completed: string[];
  readonly failed: string[];
}

/**
 * The embedded default: jobs run inside this process, with the semantics of the BullMQ adapter
 * (states, jobId deduplication, delays, retries with exponential backoff, progress, bounded
 * concurrency per name). Nothing is durable: jobs still waiting or delayed when the process
 * stops are lost, which is why production sets REDIS_URL.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly options: ResolvedQueueOptions;
  private readonly jobs = new Map<string, StoredJob>();
  private readonly lanes = new Map<string, Lane>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private started = false;
  private closing: Promise<void> | null = null;

  constructor(options: JobQueueOptions = {}) {
    this.options = resolveQueueOptions(options);
  }

  register<Data, Result>(name: string, processor: JobProcessor<Data, Result>, options: RegisterOptions = {}): void {
    if (this.closing) throw new JobQueueClosedError(`register "${name}"`);
    assertJobName(name);
    const concurrency = resolveConcurrency(options);
    const lane = this.lane(name);
    if (lane.processor) throw new Error(`Job "${name}" already has a processor`);
    // Data is what the enqueuer stored as JSON: the processor's declared type is its own claim.
    lane.processor = (job) => processor({ ...job, data: job.data as Data });
    lane.concurrency = concurrency;
    this.pump(name);
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<EnqueuedJob> {
    if (this.closing) throw new JobQueueClosedError(`enqueue "${name}"`);
    assertJobName(name);
    const resolved = resolveEnqueueOptions(options, Date.now());
    const json = asJson(data, `The data of job "${name}"`);
    if (resolved.jobId !== undefined && this.jobs.has(resolved.jobId)) return { id: resolved.jobId };

    const job: StoredJob = {
      id: resolved.jobId ?? randomUUID(),
      name,
      data: json,
      attempts: resolved.attempts,
      backoffMs: resolved.backoffMs,
      createdAt: new Date(),
      state: 'waiting',
      progress: 0,
      result: undefined,
      failedReason: undefined,
      attemptsMade: 0,
      startedAt: undefined,
      finishedAt: undefined,
    };
    this.jobs.set(job.id, job);
    if (resolved.delayMs > 0) this.delay(job, resolved.delayMs);
    else this.makeWaiting(job);
    return { id: job.id };
  }

  async recent(limit: number): Promise<JobView[]> {
    assertRecentLimit(limit);
    const views = await Promise.all([...this.jobs.keys()].map((id) => this.get(id)));
    return views.filter((view): view is JobView => view !== null).sort(newestFirst).slice(0, limit);
  }

  async get(id: string): Promise<JobView | null> {
    const job = this.jobs.get(id);
    if (!job) return null;
    // Copies, so a caller cannot change what the queue holds (BullMQ reads fresh JSON each time).
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      progress: structuredClone(job.progress),
      data: structuredClone(job.data),
      ...(job.state === 'completed' ? { result: structuredClone(job.result) } : {}),
      ...(job.failedReason !== undefined && job.state !== 'completed' ? { failedReason: job.failedReason } : {}),
      attemptsMade: job.attemptsMade,
      createdAt: new Date(job.createdAt),
      ...(job.startedAt ? { startedAt: new Date(job.startedAt) } : {}),
      ...(job.finishedAt ? { finishedAt: new Date(job.finishedAt) } : {}),
    };
  }

  async start(): Promise<void> {
    if (this.closing) throw new JobQueueClosedError('start');
    this.started = true;
    for (const name of this.lanes.keys()) this.pump(name);
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // Delayed jobs and pending retries stay delayed: nothing runs them once closed.
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    const active = [...this.running.entries()];
    if (active.length === 0) return;
    const finished = await settlesWithin(Promise.all(active.map(([, run]) => run)), this.options.closeTimeoutMs);
    if (!finished) {
      const left = [...this.running.keys()];
      this.options.log(`job queue closed after ${this.options.closeTimeoutMs} ms with ${left.length} job(s) still running: ${left.join(', ')}`);
    }
  }

  private lane(name: string): Lane {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { processor: undefined, concurrency: 1, active: 0, waiting: [], completed: [], failed: [] };
      this.lanes.set(name, lane);
    }
    return lane;
  }

  private makeWaiting(job: StoredJob): void {
    job.state = 'waiting';
    this.lane(job.name).waiting.push(job.id);
    this.pump(job.name);
  }

  private delay(job: StoredJob, ms: number, dueAt = Date.now() + ms): void {
    job.state = 'delayed';
    if (this.closing) return;
    // setTimeout fires at once for more than 2^31 − 1 ms (24.8 days): a longer delay waits in steps.
    const step = Math.min(ms, MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.timers.delete(job.id);
      // Timers may fire a millisecond before the wall clock says they should; "no sooner than" is a promise.
      const early = dueAt - Date.now();
      if (early > 0) this.delay(job, early, dueAt);
      else this.makeWaiting(job);
    }, step);
    // A delayed job must not keep the process alive on its own.
    timer.unref();
    this.timers.set(job.id, timer);
  }

  private pump(name: string): void {
    if (!this.started || this.closing) return;
    const lane = this.lanes.get(name);
    if (!lane?.processor) return;
    while (lane.active < lane.concurrency) {
      const id = lane.waiting.shift();
      if (id === undefined) return;
      const job = this.jobs.get(id);
      if (job) this.run(job, lane, lane.processor);
    }
  }

  private run(job: StoredJob, lane: Lane, processor: JobProcessor<unknown, unknown>): void {
    lane.active += 1;
    job.state = 'active';
    job.startedAt = new Date();
    const attempt = job.attemptsMade + 1;
    const context: JobContext<unknown> = {
      id: job.id,
      name: job.name,
      data: structuredClone(job.data),
      attempt,
      reportProgress: async (progress) => {
        const json = asJsonProgress(progress);
        if (job.state === 'active' && job.attemptsMade + 1 === attempt) job.progress = json;
      },
    };
    // Started on a later tick, so `running` holds the run before it can finish.
    const run = Promise.resolve().then(async () => {
      try {
        const result = asJson((await processor(context)) ?? null, `The result of job "${job.name}"`);
        this.complete(job, lane, result);
      } catch (error) {
        this.fail(job, lane, errorMessage(error));
      } finally {
        lane.active -= 1;
        this.running.delete(job.id);
        this.pump(job.name);
      }
    });
    this.running.set(job.id, run);
  }

  private complete(job: StoredJob, lane: Lane, result: unknown): void {
    job.attemptsMade += 1;
    job.result = result;
    job.state = 'completed';
    job.finishedAt = new Date();
    this.keep(lane.completed, job.id);
  }

  private fail(job: StoredJob, lane: Lane, reason: string): void {
    job.attemptsMade += 1;
    job.failedReason = reason;
    if (job.attemptsMade < job.attempts) {
      this.delay(job, retryDelayMs(job.backoffMs, job.attemptsMade));
      return;
    }
    job.state = 'failed';
    job.finishedAt = new Date();
    this.keep(lane.failed, job.id);
  }

  /** Keeps the newest finished jobs of a kind, as BullMQ's removeOnComplete / removeOnFail counts do. */
  private keep(finished: string[], id: string): void {
    finished.push(id);
    while (finished.length > this.options.keepFinished) {
      const evicted = finished.shift();
      if (evicted !== undefined) this.jobs.delete(evicted);
    }
  }
}
