import type { JobQueue } from '@trust/jobs';
import { DEADLINE_CHECK_JOB, type DeadlineCheckData } from './deadline.js';
import { runDeadlineCheck, type DeadlineCheckDependencies, type DeadlineCheckResult } from './deadline-check.js';

/** Declares the deadline check processor on a queue (the worker with REDIS_URL, or the embedded API). */
export function registerDeadlineChecks(jobs: JobQueue, dependencies: DeadlineCheckDependencies, jobName: string = DEADLINE_CHECK_JOB): void {
  jobs.register<DeadlineCheckData, DeadlineCheckResult>(jobName, (job) => runDeadlineCheck(job.data, dependencies));
}
