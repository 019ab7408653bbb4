export * from './job-queue.js';
export * from './job-queue-config.js';
export { InProcessJobQueue } from './in-process/in-process-job-queue.js';
export { BullMqJobQueue, DEFAULT_JOB_PREFIX, type BullMqJobQueueOptions } from './bullmq/bullmq-job-queue.js';
export { redactRedisUrl } from './bullmq/connect-redis.js';
