import { describeJobQueueContract, waitForJob } from '../contract/job-queue.contract.js';
import type { JobQueueOptions } from '../job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';

describeJobQueueContract('in-process', async () => {
  const queues: InProcessJobQueue[] = [];
  return {
    async create(options?: JobQueueOptions) {
      const queue = new InProcessJobQueue(options);
      queues.push(queue);
      return queue;
    },
    async teardown() {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
});

describe('InProcessJobQueue', () => {
  let queue: InProcessJobQueue;
  afterEach(async () => {
    await queue?.close();
  });

  it('keeps only the newest keepFinished finished jobs of a name, after which an evicted jobId can run again', async () => {
    queue = new InProcessJobQueue({ keepFinished: 2 });
    const runs: string[] = [];
    queue.register('report', async (job) => void runs.push(job.id));
    await queue.start();
    for (const id of ['r-1', 'r-2', 'r-3']) {
      await queue.enqueue('report', {}, { jobId: id });
      await waitForJob(queue, id, (job) => job.state === 'completed', 'to complete');
    }

    expect(await queue.get('r-1')).toBeNull();
    expect((await queue.get('r-2'))?.state).toBe('completed');
    await queue.enqueue('report', {}, { jobId: 'r-1' });
    await waitForJob(queue, 'r-1', (job) => job.state === 'completed', 'to complete again');
    expect(runs).toEqual(['r-1', 'r-2', 'r-3', 'r-1']);
    expect(await queue.get('r-2')).toBeNull();
  });

  it('gives copies: changing a view or the data inside a processor changes nothing stored', async () => {
    queue = new InProcessJobQueue();
    queue.register<{ list: number[] }, null>('report', async (job) => {
      job.data.list.push(99);
      return null;
    });
    const { id } = await queue.enqueue('report', { list: [1] });
    const view = await queue.get(id);
    (view?.data as { list: number[] }).list.push(2);
    await queue.start();

    expect(await waitForJob(queue, id, (job) => job.state === 'completed', 'to complete')).toMatchObject({ data: { list: [1] } });
  });

  it('leaves delayed jobs delayed when closed, without waiting for them', async () => {
    queue = new InProcessJobQueue();
    queue.register('deadline-check', async () => null);
    await queue.start();
    const { id } = await queue.enqueue('deadline-check', {}, { delayMs: 60_000 });
    await queue.close();

    expect((await queue.get(id))?.state).toBe('delayed');
  });
});
