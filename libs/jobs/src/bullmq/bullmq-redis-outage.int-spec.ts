import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { waitUntil } from '@trust/testing';
import { JobQueueUnavailableError } from '../job-queue.js';
import { BullMqJobQueue } from './bullmq-job-queue.js';

/** A redis-server of this test's own on a free port, so stopping it disturbs no other test. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('BullMqJobQueue while Redis is away', () => {
  let port: number;
  let redis: ChildProcess;
  let queue: BullMqJobQueue;

  beforeAll(async () => {
    port = await freePort();
    redis = startRedis(port);
    queue = await waitForQueue(port);
  }, 30_000);

  afterAll(async () => {
    await queue.close().catch(() => undefined);
    await stopRedis(redis);
  });

  it('given Redis stops, when a job is enqueued or read, then it fails with JobQueueUnavailableError while Redis is still away; after Redis returns it works again', async () => {
    const before = await queue.enqueue('report', { academyId: '100001' });
    expect(await queue.get(before.id)).toMatchObject({ id: before.id, state: 'waiting' });

    await stopRedis(redis);
    // Redis comes back only once both calls have failed: a call that waited for it (an offline queue, retries for
    // ever) would never settle, and this test would time out. So an HTTP request answers 503 while Redis is away,
    // rather than hanging on ioredis's retries until it returns.
    const whileAway = await Promise.allSettled([queue.enqueue('report', { academyId: '100002' }), queue.get(before.id)]);
    expect(whileAway.map((call) => (call.status === 'rejected' && call.reason instanceof JobQueueUnavailableError ? 'unavailable' : call))).toEqual(['unavailable', 'unavailable']);

    redis = startRedis(port);
    await waitUntil(
      async () => {
        try {
          await queue.enqueue('report', { academyId: '100003' });
          return true;
        } catch (error) {
          if (error instanceof JobQueueUnavailableError) return false;
          throw error;
        }
      },
      { timeoutMs: 20_000, intervalMs: 200, message: 'the queue to reconnect' },
    );
  }, 60_000);
});

/** The queue once the fresh redis-server answers (it takes a moment to listen). */
async function waitForQueue(port: number): Promise<BullMqJobQueue> {
  const connected: { queue?: BullMqJobQueue } = {};
  await waitUntil(
    async () => {
      connected.queue = await BullMqJobQueue.connect({ url: `redis://127.0.0.1:${port}`, connectTimeoutMs: 1_000 }).catch(() => undefined);
      return connected.queue !== undefined;
    },
    { timeoutMs: 10_000, intervalMs: 100, message: 'redis-server to answer' },
  );
  if (connected.queue === undefined) throw new Error('waitUntil resolved without a queue');
  return connected.queue;
}
