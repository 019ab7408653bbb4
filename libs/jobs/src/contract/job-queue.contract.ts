import { waitUntil } from '@trust/testing';
import { JobQueueClosedError, type JobQueue, type JobQueueOptions, type JobView } from '../job-queue.js';

/** What a contract run needs from an adapter: job queues on a fresh, empty backend of its own. */
export interface JobQueueFixture {
  /** A job queue on this fixture's backend (BullMQ: its own random key prefix). */
  create(options?: JobQueueOptions): Promise<JobQueue>;
  /** Closes every queue it created and removes their data. */
  teardown(): Promise<void>;
}

export interface Latch {
  readonly promise: Promise<void>;
  release(): void;
}

export function latch(): Latch {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** Polls `get` until the job satisfies `condition`, and returns that view. */
export async function waitForJob(queue: JobQueue, id: string, condition: (job: JobView) => boolean, message: string): Promise<JobView> {
  let seen: JobView | null = null;
  await waitUntil(
    async () => {
      seen = await queue.get(id);
      return seen !== null && condition(seen);
    },
    { message: `job ${id} ${message}` },
  );
  if (seen === null) throw new Error(`job ${id} disappeared`);
  return seen;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const finished = (job: JobView): boolean => job.state === 'completed' || job.state === 'failed';

/**
 * The job queue contract: every adapter passes the same suite.
 * `createFixture` is called before each test and must give an empty backend.
 */
export function describeJobQueueContract(adapterName: string, createFixture: () => Promise<JobQueueFixture>): void {
  describe(`JobQueue contract: ${adapterName}`, () => {
    let fixture: JobQueueFixture;

    beforeEach(async () => {
      fixture = await createFixture();
    });
    afterEach(async () => {
      await fixture?.teardown();
    });

    it('runs a job once started and completes it with its result; data and results are JSON', async () => {
      const queue = await fixture.create();
      const seen: { id: string; name: string; data: unknown; attempt: number }[] = [];
      queue.register<{ academyId: string; at: string }, { greeting: string }>('greet', async (job) => {
        seen.push({ id: job.id, name: job.name, data: job.data, attempt: job.attempt });
        return { greeting: `hello ${job.data.academyId}` };
      });
      const enqueuedAt = Date.now();
      const { id } = await queue.enqueue('greet', { academyId: '100001', at: new Date('2025-09-01T08:00:00Z'), dropped: undefined });

      expect(await queue.get(id)).toMatchObject({ id, name: 'greet', state: 'waiting', attemptsMade: 0, progress: 0 });
      await queue.start();
      const job = await waitForJob(queue, id, finished, 'to finish');

      const data = { academyId: '100001', at: '2025-09-01T08:00:00.000Z' };
      expect(seen).toEqual([{ id, name: 'greet', data, attempt: 1 }]);
      expect(job).toMatchObject({ id, name: 'greet', state: 'completed', data, result: { greeting: 'hello 100001' }, attemptsMade: 1 });
      expect(job.failedReason).toBeUndefined();
      expect(job.createdAt.getTime()).toBeGreaterThanOrEqual(enqueuedAt);
      expect(job.startedAt?.getTime()).toBeGreaterThanOrEqual(job.createdAt.getTime());
      expect(job.finishedAt?.getTime()).toBeGreaterThanOrEqual(job.startedAt?.getTime() ?? Infinity);
    });

    it('stores null as the result of a processor that returns nothing, and runs each name with its own processor', async () => {
      const queue = await fixture.create();
      const ran: string[] = [];
      queue.register('first', async (job) => void ran.push(`first:${job.id}`));
      queue.register('second', async (job) => void ran.push(`second:${job.id}`));
      await queue.start();
      const a = await queue.enqueue('first', {});
      const b = await queue.enqueue('second', [1, 2]);

      expect(await waitForJob(queue, a.id, finished, 'to finish')).toMatchObject({ state: 'completed', result: null, data: {} });
      expect(await waitForJob(queue, b.id, finished, 'to finish')).toMatchObject({ state: 'completed', result: null, data: [1, 2] });
      expect(ran.sort()).toEqual([`first:${a.id}`, `second:${b.id}`].sort());
    });

    it('shows progress while the job is active', async () => {
      const queue = await fixture.create();
      const gate = latch();
      queue.register('rebuild', async (job) => {
        await job.reportProgress(25);
        await job.reportProgress({ projection: 'academy-cards', copied: 120, of: 400 });
        await gate.promise;
        return 'rebuilt';
      });
      await queue.start();
      const { id } = await queue.enqueue('rebuild', { projection: 'academy-cards' });

      try {
        const active = await waitForJob(queue, id, (job) => job.state === 'active' && typeof job.progress === 'object', 'to report progress');
        expect(active.progress).toEqual({ projection: 'academy-cards', copied: 120, of: 400 });
        expect(active.attemptsMade).toBe(0);
      } finally {
        gate.release();
      }
      expect(await waitForJob(queue, id, finished, 'to finish')).toMatchObject({
        state: 'completed',
        result: 'rebuilt',
        progress: { projection: 'academy-cards', copied: 120, of: 400 },
      });
    });

    it('keeps a delayed job delayed until its time', async () => {
      const queue = await fixture.create();
      let startedAt = 0;
      queue.register('deadline-check', async () => void (startedAt = Date.now()));
      await queue.start();
      const delayMs = 300;
      const enqueuedAt = Date.now();
      const { id } = await queue.enqueue('deadline-check', { aimId: 'aim-1' }, { delayMs });

      expect((await queue.get(id))?.state).toBe('delayed');
      const job = await waitForJob(queue, id, finished, 'to finish');
      expect(job.state).toBe('completed');
      expect(startedAt - enqueuedAt).toBeGreaterThanOrEqual(delayMs);
      expect((job.finishedAt?.getTime() ?? 0) - enqueuedAt).toBeGreaterThanOrEqual(delayMs);
    });

    it('runs a job given runAt no sooner than that moment', async () => {
      const queue = await fixture.create();
      let startedAt = 0;
      queue.register('deadline-check', async () => void (startedAt = Date.now()));
      await queue.start();
      const runAt = new Date(Date.now() + 250);
      const { id } = await queue.enqueue('deadline-check', {}, { runAt });

      expect((await queue.get(id))?.state).toBe('delayed');
      expect((await waitForJob(queue, id, finished, 'to finish')).state).toBe('completed');
      expect(startedAt).toBeGreaterThanOrEqual(runAt.getTime());
    });

    it('runs a jobId enqueued twice once, keeping the first data, before and after it finishes', async () => {
      const queue = await fixture.create();
      const runs: unknown[] = [];
      queue.register('as-of-report', async (job) => void runs.push(job.data));
      const first = await queue.enqueue('as-of-report', { asOf: '2025-07-31' }, { jobId: 'report-2025-07-31' });
      const second = await queue.enqueue('as-of-report', { asOf: 'other' }, { jobId: 'report-2025-07-31' });
      expect([first.id, second.id]).toEqual(['report-2025-07-31', 'report-2025-07-31']);

      await queue.start();
      const job = await waitForJob(queue, first.id, finished, 'to finish');
      const third = await queue.enqueue('as-of-report', { asOf: 'later' }, { jobId: 'report-2025-07-31' });

      expect(third.id).toBe('report-2025-07-31');
      expect(job).toMatchObject({ state: 'completed', data: { asOf: '2025-07-31' } });
      expect(await queue.get(first.id)).toMatchObject({ state: 'completed', data: { asOf: '2025-07-31' } });
      expect(runs).toEqual([{ asOf: '2025-07-31' }]);
    });

    it('treats a jobId as unique across job names', async () => {
      const queue = await fixture.create();
      const { id } = await queue.enqueue('rebuild', { projection: 'a' }, { jobId: 'shared-id' });
      const again = await queue.enqueue('as-of-report', { asOf: '2025-07-31' }, { jobId: 'shared-id' });

      expect(again.id).toBe(id);
      expect(await queue.get(id)).toMatchObject({ name: 'rebuild', data: { projection: 'a' } });
    });

    it('retries a failing job with exponential backoff, then fails it with the reason', async () => {
      const queue = await fixture.create();
      const attempts: { attempt: number; at: number }[] = [];
      queue.register('flaky', async (job) => {
        attempts.push({ attempt: job.attempt, at: Date.now() });
        throw new Error(`database unavailable (attempt ${job.attempt})`);
      });
      await queue.start();
      const { id } = await queue.enqueue('flaky', {}, { attempts: 3, backoffMs: 50 });

      const job = await waitForJob(queue, id, (view) => view.state === 'failed', 'to fail');
      expect(job).toMatchObject({ state: 'failed', failedReason: 'database unavailable (attempt 3)', attemptsMade: 3 });
      expect(job.result).toBeUndefined();
      expect(job.finishedAt).toBeInstanceOf(Date);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      const [one, two, three] = attempts.map((a) => a.at);
      expect((two ?? 0) - (one ?? 0)).toBeGreaterThanOrEqual(50);
      expect((three ?? 0) - (two ?? 0)).toBeGreaterThanOrEqual(100);
    });

    it('completes a job whose retry succeeds, and fails a job that throws a non-Error with its text', async () => {
      const queue = await fixture.create();
      queue.register('once-flaky', async (job) => {
        if (job.attempt === 1) throw new Error('transient');
        return { attempt: job.attempt };
      });
      queue.register('throws-text', async () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown non-Error is the case under test
        throw 'no such academy';
      });
      await queue.start();
      const retried = await queue.enqueue('once-flaky', {}, { attempts: 2, backoffMs: 10 });
      const text = await queue.enqueue('throws-text', {});

      expect(await waitForJob(queue, retried.id, finished, 'to finish')).toMatchObject({ state: 'completed', result: { attempt: 2 }, attemptsMade: 2 });
      expect(await waitForJob(queue, text.id, finished, 'to finish')).toMatchObject({ state: 'failed', failedReason: 'no such academy', attemptsMade: 1 });
    });

    it('runs at most `concurrency` jobs of a name at once', async () => {
      const queue = await fixture.create();
      const gate = latch();
      let running = 0;
      let most = 0;
      queue.register(
        'report',
        async () => {
          running += 1;
          most = Math.max(most, running);
          await gate.promise;
          running -= 1;
        },
        { concurrency: 2 },
      );
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await queue.enqueue('report', { i })).id);
      await queue.start();

      try {
        await waitUntil(() => running === 2, { message: 'two jobs running' });
        const states = await Promise.all(ids.map(async (id) => (await queue.get(id))?.state));
        expect(states.filter((state) => state === 'active')).toHaveLength(2);
        expect(states.filter((state) => state === 'waiting')).toHaveLength(2);
      } finally {
        gate.release();
      }
      for (const id of ids) expect((await waitForJob(queue, id, finished, 'to finish')).state).toBe('completed');
      expect(most).toBe(2);
    });

    it('close() waits for the active job to finish', async () => {
      const queue = await fixture.create();
      const started = latch();
      const gate = latch();
      const order: string[] = [];
      queue.register('rebuild', async () => {
        started.release();
        await gate.promise;
        order.push('processor returned');
        return 'done';
      });
      await queue.start();
      await queue.enqueue('rebuild', {});
      await started.promise;

      const closing = queue.close().then(() => order.push('closed'));
      // Proving that close() does not return early needs a bounded window; the release then ends the wait.
      const early = await Promise.race([closing.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still closing'), 200))]);
      expect(early).toBe('still closing');
      gate.release();
      await closing;
      expect(order).toEqual(['processor returned', 'closed']);
    });

    it('close() stops waiting for an active job after the close timeout', async () => {
      const logs: string[] = [];
      const closeTimeoutMs = 150;
      const queue = await fixture.create({ closeTimeoutMs, log: (message) => logs.push(message) });
      const started = latch();
      const gate = latch();
      const returned = latch();
      queue.register('stuck', async () => {
        started.release();
        await gate.promise;
        returned.release();
      });
      await queue.start();
      await queue.enqueue('stuck', {});
      await started.promise;

      try {
        const closingAt = Date.now();
        await queue.close();
        expect(Date.now() - closingAt).toBeGreaterThanOrEqual(closeTimeoutMs);
        expect(logs.join('\n')).toMatch(/still running/);
      } finally {
        gate.release();
        await returned.promise;
      }
    });

    it('refuses to enqueue, register or start once closed, and close() is idempotent', async () => {
      const queue = await fixture.create();
      await queue.close();
      await queue.close();

      await expect(queue.enqueue('rebuild', {})).rejects.toBeInstanceOf(JobQueueClosedError);
      expect(() => queue.register('rebuild', async () => null)).toThrow(JobQueueClosedError);
      await expect(queue.start()).rejects.toBeInstanceOf(JobQueueClosedError);
    });

    it('lists the latest jobs of every name, newest first, each in its state, at most the limit asked', async () => {
      const queue = await fixture.create();
      const gate = latch();
      queue.register('rebuild', async () => {
        await gate.promise;
        return 'rebuilt';
      });
      queue.register('report', async () => {
        throw new Error('no such year');
      });
      await queue.enqueue('report', {}, { jobId: 'first' });
      await sleep(5);
      await queue.enqueue('rebuild', {}, { jobId: 'second' });
      await sleep(5);
      await queue.enqueue('report', {}, { jobId: 'third', delayMs: 60_000 });
      await queue.start();
      await waitForJob(queue, 'first', finished, 'to fail');
      await waitForJob(queue, 'second', (job) => job.state === 'active', 'to start');
      try {
        const recent = await queue.recent(10);
        expect(recent.map((job) => [job.id, job.name, job.state])).toEqual([
          ['third', 'report', 'delayed'],
          ['second', 'rebuild', 'active'],
          ['first', 'report', 'failed'],
        ]);
        expect(recent[2]!.failedReason).toBe('no such year');
        expect((await queue.recent(2)).map((job) => job.id)).toEqual(['third', 'second']);
      } finally {
        gate.release();
      }
      await waitForJob(queue, 'second', finished, 'to finish');
      expect((await queue.recent(10)).find((job) => job.id === 'second')).toMatchObject({ state: 'completed', result: 'rebuilt' });
      await expect(queue.recent(0)).rejects.toThrow(RangeError);
      await expect(queue.recent(101)).rejects.toThrow(RangeError);
    });

    it('gives null for an unknown or malformed id', async () => {
      const queue = await fixture.create();
      await queue.enqueue('rebuild', {}, { jobId: 'known' });
      for (const id of ['unknown', 'known:logs', '', '42']) expect(await queue.get(id)).toBeNull();
    });

    it('refuses bad names, ids, options and data that is not JSON, adding nothing', async () => {
      const queue = await fixture.create();
      expect(() => queue.register('bad:name', async () => null)).toThrow(TypeError);
      expect(() => queue.register('report', async () => null, { concurrency: 0 })).toThrow(TypeError);
      queue.register('report', async () => null);
      expect(() => queue.register('report', async () => null)).toThrow(/already has a processor/);

      await expect(queue.enqueue('bad:name', {})).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', {}, { jobId: 'a:b' })).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', {}, { jobId: '42' })).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', {}, { jobId: 'x', delayMs: 5, runAt: new Date() })).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', {}, { jobId: 'y', attempts: 0 })).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', { amount: 10n }, { jobId: 'z' })).rejects.toThrow(TypeError);
      await expect(queue.enqueue('report', undefined, { jobId: 'w' })).rejects.toThrow(TypeError);
      for (const id of ['x', 'y', 'z', 'w']) expect(await queue.get(id)).toBeNull();
    });
  });
}
