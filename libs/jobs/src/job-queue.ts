/**
 * The job queue port: background jobs (projection rebuilds, as-of reports, deadline checks).
 * Adapters: BullMQ on Redis for production, and an in-process queue for the embedded default
 * (no REDIS_URL). Both pass the same contract suite (`contract/job-queue.contract.ts`).
 *
 * Enqueueing is a side effect: do it from a command handler or a reactor that is switched off
 * during rebuilds, never from a projection, which a rebuild replays (docs/ARCHITECTURE.md, "Jobs and the deadline reactor").
 */

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

/** What a processor reports while it works: a percentage, or any JSON object (`{ copied: 120, of: 400 }`). */
export type JobProgress = number | object;

/** The job as its processor sees it during one attempt. */
export interface JobContext<Data> {
  readonly id: string;
  readonly name: string;
  /** The enqueued data, read back from JSON (so dates are ISO strings). */
  readonly data: Data;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt: number;
  /** Makes `progress` visible to `get` while the job is active. */
  reportProgress(progress: JobProgress): Promise<void>;
}

/**
 * Does the work of one attempt. Resolving completes the job with the result (JSON; `undefined`
 * is stored as `null`); throwing fails the attempt, and the job is retried while attempts remain.
 */
export type JobProcessor<Data, Result> = (job: JobContext<Data>) => Promise<Result>;

export interface RegisterOptions {
  /** How many jobs of this name one process runs at once (default 1). */
  concurrency?: number;
}

export interface EnqueueOptions {
  /**
   * Names the job (letters, digits and `._-`, not all digits, no `:`). Ids are unique across job
   * names: enqueuing an id that is already known returns that job and adds nothing, for as long
   * as the queue keeps it (finished jobs are kept up to a bound). Without it a UUID is used.
   */
  jobId?: string;
  /** Run no sooner than this many milliseconds from now. */
  delayMs?: number;
  /** Run no sooner than this moment (instead of `delayMs`). */
  runAt?: Date;
  /** How many times to try before the job ends `failed` (default 1: no retry). */
  attempts?: number;
  /** First retry after this long, then doubling: backoffMs × 2^(retry − 1) (default 1,000). */
  backoffMs?: number;
}

/** The most `recent` lists at once. */
export const MAX_RECENT_JOBS = 100;

export interface EnqueuedJob {
  id: string;
}

export interface JobView {
  id: string;
  name: string;
  state: JobState;
  /** The last progress reported (0 until the processor reports any). */
  progress: JobProgress;
  data: unknown;
  /** Present once `completed` (`null` when the processor returned nothing). */
  result?: unknown;
  /** Why the last attempt failed: present when `failed`, and while a retry is pending or running. */
  failedReason?: string;
  /** Attempts that have ended, successfully or not. */
  attemptsMade: number;
  createdAt: Date;
  /** When the latest attempt began. */
  startedAt?: Date;
  finishedAt?: Date;
}

export interface JobQueue {
  /** Declares the processor of a job name. Processing begins with `start()` (at once if already started). */
  register<Data, Result>(name: string, processor: JobProcessor<Data, Result>, options?: RegisterOptions): void;
  /** Adds a job; data must be JSON. Any process may enqueue a name, whether or not it registered it. */
  enqueue<Data>(name: string, data: Data, options?: EnqueueOptions): Promise<EnqueuedJob>;
  /** The job as it stands, or null when the id is unknown (or the finished job is no longer kept). */
  get(id: string): Promise<JobView | null>;
  /**
   * The latest jobs of every name, newest first (by when they were enqueued), at most `limit` (1 to
   * MAX_RECENT_JOBS): what an administrator watches. Finished jobs are there while the queue keeps them.
   */
  recent(limit: number): Promise<JobView[]>;
  /** Begins processing the registered names. A process that only enqueues never calls it. */
  start(): Promise<void>;
  /**
   * Stops taking jobs, lets active jobs finish (for up to the queue's close timeout; a BullMQ job
   * left running is then picked up again by another worker once its lock expires) and closes the
   * connections. The queue cannot be used afterwards.
   */
  close(): Promise<void>;
}

/** Options every adapter takes. */
export interface JobQueueOptions {
  /** How long `close()` lets active jobs finish before it stops waiting for them (default 30 s). */
  closeTimeoutMs?: number;
  /** How many completed, and how many failed, jobs of each name are kept for `get` and deduplication (default 1,000). */
  keepFinished?: number;
  /** Where connection errors and jobs abandoned at close are reported (default: nowhere). */
  log?: (message: string) => void;
}

/** Redis cannot be reached: nothing was enqueued or read, and the same call may be retried shortly. */
export class JobQueueUnavailableError extends Error {
  constructor(action: string, cause: unknown) {
    super(`Cannot ${action}: the job queue's Redis is unavailable`, { cause });
    this.name = 'JobQueueUnavailableError';
  }
}

export class JobQueueClosedError extends Error {
  constructor(action: string) {
    super(`Cannot ${action}: the job queue is closed`);
    this.name = 'JobQueueClosedError';
  }
}
