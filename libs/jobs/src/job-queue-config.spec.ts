import { createJobQueue, describeJobQueue, jobQueueConfigFromEnv, withDeploymentPrefix } from './job-queue-config.js';
import { InProcessJobQueue } from './in-process/in-process-job-queue.js';

describe('job queue configuration', () => {
  it('runs jobs in-process when REDIS_URL is unset or blank, and on BullMQ when it is a Redis URL', () => {
    expect(jobQueueConfigFromEnv({})).toEqual({});
    expect(jobQueueConfigFromEnv({ REDIS_URL: '  ' })).toEqual({});
    expect(jobQueueConfigFromEnv({ REDIS_URL: ' redis://redis:6379 ' })).toEqual({ redisUrl: 'redis://redis:6379' });
    expect(jobQueueConfigFromEnv({ REDIS_URL: 'rediss://user:pw@cache.example:6380/2' })).toEqual({ redisUrl: 'rediss://user:pw@cache.example:6380/2' });
  });

  it('reads JOB_PREFIX, refusing one that could not name Redis keys cleanly', () => {
    expect(jobQueueConfigFromEnv({ REDIS_URL: 'redis://redis:6379', JOB_PREFIX: 'trust-north' })).toEqual({ redisUrl: 'redis://redis:6379', prefix: 'trust-north' });
    expect(() => jobQueueConfigFromEnv({ REDIS_URL: 'redis://redis:6379', JOB_PREFIX: 'a:b' })).toThrow(/^JOB_PREFIX must be/);
    expect(() => jobQueueConfigFromEnv({ JOB_PREFIX: '{x}' })).toThrow(/^JOB_PREFIX must be/);
  });

  it('gives each deployment its own default prefix, from its database, unless JOB_PREFIX is set', () => {
    const redis = { redisUrl: 'redis://redis:6379' };
    const north = withDeploymentPrefix(redis, '3f2b9c1e-77aa-4d0b-9a51-0c2d1e4f5a6b');
    const south = withDeploymentPrefix(redis, '8e1d0a42-1b3c-4e5f-8a9b-0c1d2e3f4a5b');
    expect(north).toEqual({ ...redis, prefix: 'til-jobs-3f2b9c1e77aa' });
    expect(south.prefix).not.toBe(north.prefix);
    expect(withDeploymentPrefix({ ...redis, prefix: 'chosen' }, '3f2b9c1e-77aa-4d0b-9a51-0c2d1e4f5a6b')).toEqual({ ...redis, prefix: 'chosen' });
    expect(withDeploymentPrefix({}, '3f2b9c1e-77aa-4d0b-9a51-0c2d1e4f5a6b')).toEqual({});
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
