import { MAX_RECENT_JOBS, type EnqueueOptions, type JobProgress, type JobQueueOptions, type JobView, type RegisterOptions } from './job-queue.js';

/** The checks and defaults both adapters share, so the in-process queue refuses what BullMQ would. */

export const DEFAULT_CLOSE_TIMEOUT_MS = 30_000;
export const DEFAULT_KEEP_FINISHED = 1_000;
export const DEFAULT_BACKOFF_MS = 1_000;

// A job name is also a BullMQ queue name and a Redis key segment, so no `:`.
const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// BullMQ refuses `:` and integer ids in custom job ids (integers are its own counter's).
const JOB_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function assertJobName(name: string): void {
  if (!JOB_NAME.test(name)) {
    throw new TypeError(`Job name "${name}" is invalid: use 1–100 letters, digits, "." "_" or "-", starting with a letter or digit`);
  }
}

export function isValidJobId(id: string): boolean {
  return JOB_ID.test(id) && !/^\d+$/.test(id);
}

export function assertJobId(id: string): void {
  if (!isValidJobId(id)) {
    throw new TypeError(`jobId "${id}" is invalid: use 1–200 letters, digits, "." "_" or "-", and not digits alone`);
  }
}

export interface ResolvedEnqueueOptions {
  jobId: string | undefined;
  delayMs: number;
  attempts: number;
  backoffMs: number;
}

export function resolveEnqueueOptions(options: EnqueueOptions, now: number): ResolvedEnqueueOptions {
  const { jobId, delayMs, runAt, attempts = 1, backoffMs = DEFAULT_BACKOFF_MS } = options;
  if (jobId !== undefined) assertJobId(jobId);
  if (delayMs !== undefined && runAt !== undefined) throw new TypeError('Give delayMs or runAt, not both');
  if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0)) throw new TypeError(`delayMs must be a number ≥ 0, got ${delayMs}`);
  if (runAt !== undefined && !(runAt instanceof Date && Number.isFinite(runAt.getTime()))) throw new TypeError('runAt must be a valid Date');
  if (!(Number.isInteger(attempts) && attempts >= 1)) throw new TypeError(`attempts must be an integer ≥ 1, got ${attempts}`);
  if (!(Number.isFinite(backoffMs) && backoffMs >= 0)) throw new TypeError(`backoffMs must be a number ≥ 0, got ${backoffMs}`);
  const delay = runAt === undefined ? (delayMs ?? 0) : Math.max(0, runAt.getTime() - now);
  return { jobId, delayMs: Math.ceil(delay), attempts, backoffMs: Math.round(backoffMs) };
}

export function resolveConcurrency(options: RegisterOptions): number {
  const { concurrency = 1 } = options;
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new TypeError(`concurrency must be an integer ≥ 1, got ${concurrency}`);
  return concurrency;
}

export interface ResolvedQueueOptions {
  closeTimeoutMs: number;
  keepFinished: number;
  log: (message: string) => void;
}

export function resolveQueueOptions(options: JobQueueOptions): ResolvedQueueOptions {
  const { closeTimeoutMs = DEFAULT_CLOSE_TIMEOUT_MS, keepFinished = DEFAULT_KEEP_FINISHED, log = () => undefined } = options;
  if (!(Number.isFinite(closeTimeoutMs) && closeTimeoutMs >= 0)) throw new TypeError(`closeTimeoutMs must be a number ≥ 0, got ${closeTimeoutMs}`);
  if (!(Number.isInteger(keepFinished) && keepFinished >= 1)) throw new TypeError(`keepFinished must be an integer ≥ 1, got ${keepFinished}`);
  return { closeTimeoutMs, keepFinished, log };
}

/** The wait before the retry that follows `attemptsMade` failed attempts, as BullMQ's exponential backoff computes it. */
export function retryDelayMs(backoffMs: number, attemptsMade: number): number {
  return Math.round(2 ** (attemptsMade - 1) * backoffMs);
}

/** The value as it reads back from JSON: what a job stores. Throws when it has no JSON form. */
export function asJson(value: unknown, what: string): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new TypeError(`${what} must be JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (text === undefined) throw new TypeError(`${what} must be JSON, got ${typeof value}`);
  return JSON.parse(text) as unknown;
}

export function asJsonProgress(progress: JobProgress): JobProgress {
  if (typeof progress === 'number') {
    if (!Number.isFinite(progress)) throw new TypeError(`progress must be a finite number, got ${progress}`);
    return progress;
  }
  const json = asJson(progress, 'progress');
  if (typeof json !== 'object' || json === null) throw new TypeError('progress must be a number or an object');
  return json;
}

/** A stored progress value as the port types it (BullMQ also allows strings and booleans, which nothing here writes). */
export function readProgress(stored: unknown): JobProgress {
  return typeof stored === 'number' || (typeof stored === 'object' && stored !== null) ? stored : 0;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Resolves `true` when `promise` settles within `ms`, `false` when the time runs out first. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timeUp = new Promise<false>((resolve) => {
    // Timers may fire a millisecond before the wall clock says they should.
    const check = (): void => {
      const left = deadline - Date.now();
      if (left > 0) timer = setTimeout(check, left);
      else resolve(false);
    };
    check();
  });
  try {
    return await Promise.race([settled, timeUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** The limit `recent` takes, checked: a whole number from 1 to MAX_RECENT_JOBS. */
export function assertRecentLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT_JOBS) throw new RangeError(`limit must be a whole number from 1 to ${MAX_RECENT_JOBS}, got ${limit}`);
}

/** Newest first; between two enqueued in the same millisecond, the later id first (a stable order). */
export function newestFirst(a: JobView, b: JobView): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
