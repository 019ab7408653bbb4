import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { describeJobQueueContract, waitForJob } from '../contract/job-queue.contract.js';
import { createJobQueue } from '../job-queue-config.js';
import type { JobQueue, JobQueueOptions } from '../job-queue.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';

const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own per test, so parallel test files never share a queue. */
const uniquePrefix = (): string => `til-jobs-test-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

async function keysUnder(prefix: string): Promise<string[]> {
  const redis = new Redis(redisUrl);
  try {
    return await redis.keys(`${prefix}*`);
  } finally {
    await redis.quit();
  }
}

function bullMqFixture(prefix: string): { create(options?: JobQueueOptions): Promise<JobQueue>; teardown(): Promise<void> } {
  const queues: JobQueue[] = [];
  return {
    async create(options?: JobQueueOptions) {
      const queue = await BullMqJobQueue.connect({ ...options, url: redisUrl, prefix });
      queues.push(queue);
      return queue;
    },
    async teardown() {
      await Promise.all(queues.map((queue) => queue.close()));
      await deleteKeys(prefix);
    },
  };
}

describeJobQueueContract('BullMQ', async () => bullMqFixture(uniquePrefix()));

describe('BullMqJobQueue', () => {
  let prefix: string;
  let fixture: ReturnType<typeof bullMqFixture>;
  beforeEach(() => {
    prefix = uniquePrefix();
    fixture = bullMqFixture(prefix);
  });
  afterEach(async () => {
    await fixture.teardown();
  });

  it('runs a job enqueued by one process in another, and a third that knows neither finds it by id alone', async () => {
    const api = await fixture.create();
    const worker = await fixture.create();
    worker.register<{ projection: string }, string>('rebuild', async (job) => `rebuilt ${job.data.projection}`);
    await worker.start();

    const { id } = await api.enqueue('rebuild', { projection: 'academy-cards' });
    expect(await waitForJob(api, id, (job) => job.state === 'completed', 'to complete')).toMatchObject({ result: 'rebuilt academy-cards' });
    const stranger = await fixture.create();
    expect(await stranger.get(id)).toMatchObject({ id, name: 'rebuild', state: 'completed' });
  });

  it('records the job that close() waited for as completed', async () => {
    const worker = await fixture.create();
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    worker.register('rebuild', async () => {
      started = true;
      await gate;
      return 'done';
    });
    await worker.start();
    const { id } = await worker.enqueue('rebuild', {});
    await waitForJob(worker, id, (job) => job.state === 'active' && started, 'to start');

    const closing = worker.close();
    release();
    await closing;
    expect(await (await fixture.create()).get(id)).toMatchObject({ state: 'completed', result: 'done' });
  });

  it('keeps every key under its prefix', async () => {
    const queue = await fixture.create();
    queue.register('report', async () => null);
    await queue.start();
    const { id } = await queue.enqueue('report', {});
    await waitForJob(queue, id, (job) => job.state === 'completed', 'to complete');

    const keys = await keysUnder(prefix);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.startsWith(`${prefix}:`))).toBe(true);
  });

  it('fails at start-up with a message naming REDIS_URL, without the password, when Redis does not answer', async () => {
    const attempt = BullMqJobQueue.connect({ url: 'redis://ledger:secret@127.0.0.1:1', prefix });
    await expect(attempt).rejects.toThrow(/^Could not reach Redis at REDIS_URL \(redis:\/\/\*\*\*@127\.0\.0\.1:1\): .*ECONNREFUSED/);
    await expect(attempt).rejects.not.toThrow(/secret/);
    await expect(createJobQueue({ redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow(/REDIS_URL/);
  });

  it('creates the BullMQ queue when given a Redis URL', async () => {
    const queue = await createJobQueue({ redisUrl, prefix });
    try {
      expect(queue).toBeInstanceOf(BullMqJobQueue);
    } finally {
      await queue.close();
    }
  });
});
