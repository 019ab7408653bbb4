import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PLANS, runBench, writeResults, type BenchPlan } from './main.js';
import { isBenchResults } from './results.js';

// Not a timed test: a tiny run of every in-process case, to prove the bench produces a well-formed result.
const TINY: BenchPlan = {
  ...PLANS.quick,
  appends: { sequential: 20, writers: 2, perWriter: 10, batches: 3, batchSize: 10 },
  sizes: [600],
  asOfSamples: 8,
  catchUpSeconds: 1,
};

describe('the bench, at a tiny size', () => {
  let docsDir: string;

  beforeAll(async () => {
    docsDir = await mkdtemp(path.join(tmpdir(), 'til-bench-'));
  });

  afterAll(async () => {
    await rm(docsDir, { recursive: true, force: true });
  });

  it('writes a results file, the charts and BENCHMARKS.md', async () => {
    const results = await runBench({ plan: TINY, cases: ['appends', 'rebuild', 'catch-up'], command: 'test' });
    await writeResults(results, docsDir);

    const latest: unknown = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8'));
    expect(isBenchResults(latest)).toBe(true);
    expect(results.appends?.cases.map((appendCase) => appendCase.case)).toEqual(['sequential', 'concurrent', 'batched']);
    for (const appendCase of results.appends?.cases ?? []) {
      expect(appendCase.ours.events).toBe(appendCase.peer.events);
      expect(appendCase.ours.eventsPerSecond).toBeGreaterThan(0);
      expect(appendCase.peer.eventsPerSecond).toBeGreaterThan(0);
    }
    const [size] = results.sizes;
    expect(size?.load.events).toBeGreaterThan(300);
    expect(size?.rebuild.projections.length).toBeGreaterThanOrEqual(5);
    expect(size?.asOf.card.count).toBe(8);
    expect(results.catchUp?.lag.count).toBeGreaterThan(0);
    expect(results.targets.map((target) => target.name)).toEqual(expect.arrayContaining(['appends, sequential', 'rebuild memory']));

    const files = await readdir(path.join(docsDir, 'bench-results'));
    expect(files).toEqual(expect.arrayContaining(['latest.json', 'appends.svg', 'as-of.svg']));
    expect(await readFile(path.join(docsDir, 'bench-results', 'appends.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const markdown = await readFile(path.join(docsDir, 'BENCHMARKS.md'), 'utf8');
    expect(markdown).toContain('# Benchmarks');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('Provisional: a `--quick` run');
  }, 120_000);
});
