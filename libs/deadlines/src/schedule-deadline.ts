import type { JobQueue } from '@trust/jobs';
import { deadlineCheckData, deadlineJobId, type Deadline, type DeadlineCheckData } from './deadline.js';

/** Attempts of a check before its job ends failed (the next worker start schedules it again). */
const CHECK_ATTEMPTS = 5;
const CHECK_BACKOFF_MS = 30_000;

/**
 * Schedules a deadline's check: a delayed job at its run time (at once when that has passed), under an id
 * of its own, so scheduling it twice adds one job.
 */
export async function scheduleDeadline(jobs: JobQueue, jobName: string, deadline: Deadline): Promise<string> {
  const { id } = await jobs.enqueue<DeadlineCheckData>(jobName, deadlineCheckData(deadline), {
    jobId: deadlineJobId(deadline),
    runAt: deadline.runAt,
    attempts: CHECK_ATTEMPTS,
    backoffMs: CHECK_BACKOFF_MS,
  });
  return id;
}
