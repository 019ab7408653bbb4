import { randomUUID } from 'node:crypto';
import type { Actor } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { applyRetention, type RetentionDependencies, type RetentionOutcome } from './apply-retention.js';

export const RETENTION_JOB = 'retention';

/** The hour of the day (UTC) the daily retention runs at: a quiet hour for the schools. */
export const RETENTION_HOUR_UTC = 2;

export interface RetentionJobData {
  /** `daily`: the schedule's own run, which queues the next day's when it ends; `requested`: asked for by an administrator. */
  trigger: 'daily' | 'requested';
  /** Who asked, when requested. */
  actor?: Actor;
}

export type RetentionJobResult = RetentionOutcome;

/** The next moment retention runs daily after `now`: the next RETENTION_HOUR_UTC o'clock. */
export function nextDailyRun(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RETENTION_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Queues the daily run after `clock()`, as a delayed job named by its day: every process that runs jobs
 * calls this on start and each daily run on its end, and a day is queued once (a job id is known once).
 * The delay is taken from the injected clock, so a system started on a chosen day runs a day later.
 */
export async function scheduleDailyRetention(queue: Pick<JobQueue, 'enqueue'>, clock: () => Date): Promise<{ id: string; runAt: Date }> {
  const now = clock();
  const runAt = nextDailyRun(now);
  const { id } = await queue.enqueue<RetentionJobData>(RETENTION_JOB, { trigger: 'daily' }, { jobId: `retention-daily-${runAt.toISOString().slice(0, 10)}`, delayMs: runAt.getTime() - now.getTime(), attempts: 3 });
  return { id, runAt };
}

/** Queues retention now, for an administrator (a new job each time). */
export function requestRetention(queue: Pick<JobQueue, 'enqueue'>, actor: Actor): Promise<{ id: string }> {
  return queue.enqueue<RetentionJobData>(RETENTION_JOB, { trigger: 'requested', actor }, { jobId: `retention-requested-${randomUUID()}` });
}

/** Declares the retention processor (the worker with REDIS_URL, or the embedded API), reporting what it checked and erased as it goes. */
export function registerRetentionJob(queue: JobQueue, dependencies: RetentionDependencies): void {
  queue.register<RetentionJobData, RetentionJobResult>(RETENTION_JOB, async (job) => {
    // The next day's first, so a run that fails for good does not end the schedule.
    if (job.data.trigger === 'daily') await scheduleDailyRetention(queue, dependencies.clock);
    return applyRetention(dependencies, {
      runId: job.id,
      ...(job.data.actor === undefined ? {} : { actor: job.data.actor }),
      onProgress: (progress) => job.reportProgress(progress),
    });
  });
}
