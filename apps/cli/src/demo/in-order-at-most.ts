/** Academies loaded side by side: each academy's commands go in order on its own streams, and no academy's depend on another's. */
export const DEMO_ACADEMIES_AT_ONCE = 4;

/**
 * Runs `work` on every item, at most `limit` at once, and hands each result to `done` in the items'
 * order (an item finished early waits for those before it), so what is printed reads the same every run.
 */
export async function inOrderAtMost<Item, Result>(
  limit: number,
  items: readonly Item[],
  work: (item: Item) => Promise<Result>,
  done: (item: Item, result: Result, index: number) => void,
): Promise<void> {
  const results = new Map<number, Result>();
  let next = 0;
  let reported = 0;
  const report = (): void => {
    while (results.has(reported)) {
      done(items[reported] as Item, results.get(reported) as Result, reported);
      results.delete(reported);
      reported += 1;
    }
  };
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results.set(index, await work(items[index] as Item));
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
