import { createJobQueue, describeJobQueue, jobQueueConfigFromEnv } from './job-queue-config.js';
import { InProcessJobQueue } from './in-process/in-process-job-queue.js';

describe('job queue configuration', () => {
  it('runs jobs in-process when REDIS_URL is unset or blank, and on BullMQ when it is a Redis URL', () => {
    expect(jobQueueConfigFromEnv({})).toEqual({});
    expect(jobQueueConfigFromEnv({ REDIS_URL: '  ' })).toEqual({});
    expect(jobQueueConfigFromEnv({ REDIS_URL: ' redis://redis:6379 ' })).toEqual({ redisUrl: 'redis://redis:6379' });
    expect(jobQueueConfigFromEnv({ REDIS_URL: 'rediss://user:pw@cache.example:6380/2' })).toEqual({ redisUrl: 'rediss://user:pw@cache.example:6380/2' });
  });

  it.each(['localhost:6379', 'http://redis:6379', 'not a url'])('refuses REDIS_URL=%s with a message naming REDIS_URL', (value) => {
    expect(() => jobQueueConfigFromEnv({ REDIS_URL: value })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it('describes where jobs run for the start-up banner, hiding credentials', () => {
    expect(describeJobQueue({})).toMatch(/^in-process .*set REDIS_URL/);
    expect(describeJobQueue({ redisUrl: 'redis://ledger:secret@redis:6379', prefix: 'trust' })).toBe(
      'BullMQ on Redis at redis://***@redis:6379 (key prefix "trust")',
    );
    expect(describeJobQueue({ redisUrl: 'redis://redis:6379' })).toBe('BullMQ on Redis at redis://redis:6379 (key prefix "til-jobs")');
  });

  it('creates the in-process queue when there is no Redis URL', async () => {
    const queue = await createJobQueue({}, { connectTimeoutMs: 1 });
    expect(queue).toBeInstanceOf(InProcessJobQueue);
    await queue.close();
  });
});
