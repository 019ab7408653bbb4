import { InProcessJobQueue } from '@trust/jobs';
import { nextDailyRun, RETENTION_JOB, scheduleDailyRetention } from './retention-job.js';

describe('the daily retention run', () => {
  it.each([
    ['2025-08-17T23:59:00Z', '2025-08-18T02:00:00.000Z'],
    ['2025-03-11T01:59:59Z', '2025-03-11T02:00:00.000Z'],
    ['2025-03-11T02:00:00Z', '2025-03-12T02:00:00.000Z'],
    ['2024-12-31T10:00:00Z', '2025-01-01T02:00:00.000Z'],
  ])('after %s runs at %s', (now, next) => {
    expect(nextDailyRun(new Date(now)).toISOString()).toBe(next);
  });

  it('is queued once a day, by the injected clock, however many processes ask', async () => {
    const queue = new InProcessJobQueue();
    try {
      const clock = (): Date => new Date('2025-08-17T10:00:00Z');
      const first = await scheduleDailyRetention(queue, clock);
      const again = await scheduleDailyRetention(queue, clock);
      expect(first).toEqual({ id: 'retention-daily-2025-08-18', runAt: new Date('2025-08-18T02:00:00Z') });
      expect(again.id).toBe(first.id);
      const jobs = await queue.recent(10);
      expect(jobs.map((job) => [job.name, job.id, job.state, job.data])).toEqual([[RETENTION_JOB, 'retention-daily-2025-08-18', 'delayed', { trigger: 'daily' }]]);
    } finally {
      await queue.close();
    }
  });
});
