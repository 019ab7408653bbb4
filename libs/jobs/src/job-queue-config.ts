import { BullMqJobQueue, DEFAULT_JOB_PREFIX } from './bullmq/bullmq-job-queue.js';
import { assertRedisUrl, redactRedisUrl } from './bullmq/connect-redis.js';
import { InProcessJobQueue } from './in-process/in-process-job-queue.js';
import type { JobQueue, JobQueueOptions } from './job-queue.js';

/** Where jobs run: BullMQ on the Redis at `redisUrl`, or in this process when there is none. */
export interface JobQueueConfig {
  redisUrl?: string;
  /** BullMQ key prefix (default `til-jobs`); the in-process queue has no keys. */
  prefix?: string;
}

/** Reads REDIS_URL: set, jobs go to BullMQ on that Redis; unset or empty, they run in-process. Throws a message naming REDIS_URL. */
export function jobQueueConfigFromEnv(env: NodeJS.ProcessEnv = process.env): JobQueueConfig {
  const redisUrl = env['REDIS_URL']?.trim() ?? '';
  if (redisUrl === '') return {};
  assertRedisUrl(redisUrl);
  return { redisUrl };
}

/**
 * Builds the configured job queue. With a Redis URL it connects and checks the server answers
 * first, failing with a message naming REDIS_URL.
 */
export async function createJobQueue(config: JobQueueConfig, options: JobQueueOptions & { connectTimeoutMs?: number } = {}): Promise<JobQueue> {
  if (config.redisUrl === undefined || config.redisUrl.trim() === '') {
    const { connectTimeoutMs: _unused, ...inProcessOptions } = options;
    return new InProcessJobQueue(inProcessOptions);
  }
  return BullMqJobQueue.connect({ ...options, url: config.redisUrl.trim(), ...(config.prefix === undefined ? {} : { prefix: config.prefix }) });
}

/** One line for a start-up banner: where jobs run (credentials hidden). */
export function describeJobQueue(config: JobQueueConfig): string {
  if (config.redisUrl === undefined || config.redisUrl.trim() === '') {
    return 'in-process (jobs run inside this process and are lost when it stops; set REDIS_URL to use BullMQ)';
  }
  return `BullMQ on Redis at ${redactRedisUrl(config.redisUrl.trim())} (key prefix "${config.prefix ?? DEFAULT_JOB_PREFIX}")`;
}
