import { InProcessJobQueue } from './in-process-job-queue.js';

describe('InProcessJobQueue, a delay longer than a timer can hold', () => {
  let queue: InProcessJobQueue;
  afterEach(async () => {
    await queue.close();
  });

  it('keeps a job due in two months delayed (setTimeout alone would fire it at once)', async () => {
    queue = new InProcessJobQueue();
    const runs: string[] = [];
    queue.register('deadline', async (job) => void runs.push(job.id));
    await queue.start();
    await queue.enqueue('deadline', {}, { jobId: 'in-two-months', runAt: new Date(Date.now() + 60 * 86_400_000) });
    // One of the few waits for nothing to happen: a job that does not run leaves nothing to wait on. A delay
    // that overflows setTimeout fires after 1 ms, so 50 ms is many times what the bug would take.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toEqual([]);
    expect(await queue.get('in-two-months')).toMatchObject({ state: 'delayed' });
  });
});
