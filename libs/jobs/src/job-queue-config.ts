import { BullMqJobQueue, DEFAULT_JOB_PREFIX } from './bullmq/bullmq-job-queue.js';
import { assertRedisUrl, redactRedisUrl } from './bullmq/connect-redis.js';
import { InProcessJobQueue } from './in-process/in-process-job-queue.js';
import type { JobQueue, JobQueueOptions } from './job-queue.js';

/** Where jobs run: BullMQ on the Redis at `redisUrl`, or in this process when there is none. */
export interface JobQueueConfig {
  redisUrl?: string;
  /** BullMQ key prefix (JOB_PREFIX; else one per deployment, see deploymentJobPrefix); the in-process queue has no keys. */
  prefix?: string;
}

const JOB_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Reads REDIS_URL: set, jobs go to BullMQ on that Redis; unset or empty, they run in-process. JOB_PREFIX
 * names the deployment's keys on that Redis. Throws a message naming the variable at fault.
 */
export function jobQueueConfigFromEnv(env: NodeJS.ProcessEnv = process.env): JobQueueConfig {
  const redisUrl = env['REDIS_URL']?.trim() ?? '';
  const prefix = env['JOB_PREFIX']?.trim() ?? '';
  if (prefix !== '' && !JOB_PREFIX_PATTERN.test(prefix)) {
    throw new Error(`JOB_PREFIX must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, got "${env['JOB_PREFIX']}"`);
  }
  if (redisUrl === '') return {};
  assertRedisUrl(redisUrl);
  return { redisUrl, ...(prefix === '' ? {} : { prefix }) };
}

/**
 * The default key prefix of a deployment: `til-jobs-` and the start of its database's deployment id, so
 * the API and workers of one deployment share their queues and two deployments on one Redis never take
 * each other's rebuild, report or deadline jobs. JOB_PREFIX, when set, wins.
 */
export function withDeploymentPrefix(config: JobQueueConfig, deploymentId: string): JobQueueConfig {
  if (config.prefix !== undefined || config.redisUrl === undefined) return config;
  const suffix = deploymentId.replace(/[^0-9a-f]/gi, '').slice(0, 12).toLowerCase();
  if (suffix.length < 12) throw new Error(`A deployment id needs at least 12 hex digits, got "${deploymentId}"`);
  return { ...config, prefix: `${DEFAULT_JOB_PREFIX}-${suffix}` };
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
