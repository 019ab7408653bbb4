import type { Position, RecordedEvent } from '../event-store.js';
import { SharedPages } from './shared-pages.js';

function pagesCounted(): { pages: SharedPages; reads: { after: Position; limit: number }[]; answer: (page: RecordedEvent[]) => void; fail: (error: Error) => void } {
  const reads: { after: Position; limit: number }[] = [];
  const waiting: { resolve: (page: RecordedEvent[]) => void; reject: (error: Error) => void }[] = [];
  const pages = new SharedPages((after, limit) => {
    reads.push({ after, limit });
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  });
  return { pages, reads, answer: (page) => waiting.shift()!.resolve(page), fail: (error) => waiting.shift()!.reject(error) };
}

describe('pages shared by the subscriptions that ask together', () => {
  it('given three subscriptions asking for the page after the same position at once, then the log is read once and all three get that page', async () => {
    const { pages, reads, answer } = pagesCounted();
    const asked = [pages.read(7n, 100), pages.read(7n, 100), pages.read(7n, 100)];
    const page: RecordedEvent[] = [];
    answer(page);
    const answers = await Promise.all(asked);
    expect(reads).toEqual([{ after: 7n, limit: 100 }]);
    expect(answers.every((answered) => answered === page)).toBe(true);
  });

  it('given asks for different pages, then each is read', () => {
    const { pages, reads } = pagesCounted();
    void pages.read(7n, 100);
    void pages.read(8n, 100);
    void pages.read(7n, 50);
    expect(reads).toHaveLength(3);
  });

  it('given a page already answered, then a later ask reads the log again: nothing is kept', async () => {
    const { pages, reads, answer } = pagesCounted();
    const first = pages.read(7n, 100);
    answer([]);
    await first;
    void pages.read(7n, 100);
    expect(reads).toHaveLength(2);
  });

  it('given a read that failed, then everyone sharing it is told, and the next ask reads again', async () => {
    const { pages, reads, fail } = pagesCounted();
    const asked = [pages.read(7n, 100), pages.read(7n, 100)];
    fail(new Error('the database restarted'));
    await expect(asked[0]).rejects.toThrow('the database restarted');
    await expect(asked[1]).rejects.toThrow('the database restarted');
    void pages.read(7n, 100);
    expect(reads).toHaveLength(2);
  });
});
