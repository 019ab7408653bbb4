import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PLANS, runBench, writeResults, type BenchPlan } from './main.js';
import { keepOtherCases, readHistory, resultsFileName, sourceOfCase } from './history.js';
import { isBenchResults, type BenchResults } from './results.js';

// Not a timed test: a tiny run of every in-process case, to prove the bench produces a well-formed result.
const TINY: BenchPlan = {
  ...PLANS.quick,
  appends: { sequential: 20, writers: 2, perWriter: 10, batches: 3, batchSize: 10, rounds: 2 },
  sizes: [600],
  asOfSamples: 8,
  catchUpSeconds: 1,
  verifyEvents: 600,
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
    const results = await runBench({ plan: TINY, cases: ['appends', 'rebuild', 'catch-up', 'verify'], command: 'test' });
    await writeResults(results, docsDir);

    const latest: unknown = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8'));
    expect(isBenchResults(latest)).toBe(true);
    expect(results.appends?.cases.map((appendCase) => appendCase.case)).toEqual(['sequential', 'concurrent', 'batched']);
    for (const appendCase of results.appends?.cases ?? []) {
      expect(appendCase.ours.events).toBe(appendCase.peer.events);
      expect(appendCase.ours.eventsPerSecond).toBeGreaterThan(0);
      expect(appendCase.peer.eventsPerSecond).toBeGreaterThan(0);
      // The same workload through SealingEventStore, and the personal-only worst case, plain and sealed.
      expect(appendCase.sealed?.events).toBe(appendCase.ours.events);
      expect(appendCase.sealedRatio).toBeGreaterThan(0);
      expect(appendCase.personal?.plain.events).toBe(appendCase.ours.events);
      expect(appendCase.personal?.sealed.eventsPerSecond).toBeGreaterThan(0);
      // Two rounds of each store: the figure shown is one of them (the lower middle of two), every round kept.
      expect(appendCase.ours.rounds).toHaveLength(2);
      expect(appendCase.ours.rounds).toContain(appendCase.ours.eventsPerSecond);
      expect(Math.min(...(appendCase.ours.rounds ?? []))).toBe(appendCase.ours.eventsPerSecond);
    }
    expect(results.appends?.rounds).toBe(2);
    expect(results.appends?.sealing?.personalShare).toBeGreaterThan(0);
    // The verify case's size is the rebuild case's: verified on that store, loaded once, every link matching.
    expect(results.verify).toMatchObject({ loadedBy: 'rebuild', matched: true });
    expect(results.verify?.verified).toBe(results.sizes[0]?.load.events);
    const [size] = results.sizes;
    expect(size?.load.events).toBeGreaterThan(300);
    expect(size?.rebuild.projections.length).toBeGreaterThanOrEqual(5);
    expect(size?.asOf.card.count).toBe(8);
    expect(results.catchUp?.lag.count).toBeGreaterThan(0);
    expect(results.targets.map((target) => target.name)).toEqual(expect.arrayContaining(['appends, sequential', 'rebuild memory', 'appends through sealing, batched']));
    // Not a million events: the verify target is shown, not checked.
    expect(results.targets.find((target) => target.name.startsWith('hash chain verified'))?.pass).toBeNull();

    const files = await readdir(path.join(docsDir, 'bench-results'));
    expect(files).toEqual(expect.arrayContaining(['latest.json', 'appends.svg', 'as-of.svg']));
    expect(await readFile(path.join(docsDir, 'bench-results', 'appends.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const markdown = await readFile(path.join(docsDir, 'BENCHMARKS.md'), 'utf8');
    expect(markdown).toContain('# Benchmarks');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('Provisional: a `--quick` run');
    expect(markdown).toContain('## Appends through sealing');
    expect(markdown).toContain('## Verifying the hash chain');
  }, 240_000);

  it('a run of some cases keeps the others\' figures and names the run each comes from', async () => {
    const earlier = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8')) as BenchResults;
    const later: BenchResults = { ...earlier, command: 'npm run bench -- --only verify', startedAt: '2030-01-01T00:00:00.000Z', appends: null, sizes: [], catchUp: null };
    const merged = await keepOtherCases(later, ['verify'], docsDir);
    expect(merged.appends).toEqual(earlier.appends);
    expect(merged.sizes).toEqual(earlier.sizes);
    expect(merged.command).toBe('test; then npm run bench -- --only verify');
    expect(merged.sources?.['appends']).toMatchObject({ command: 'test', startedAt: earlier.startedAt, file: resultsFileName(earlier) });
    expect(merged.sources?.['verify']).toMatchObject({ command: 'npm run bench -- --only verify', startedAt: '2030-01-01T00:00:00.000Z' });
  });

  it('finds, for results written before sources were recorded, the run of each case in the history by its command chain', async () => {
    const base = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8')) as BenchResults;
    const history = path.join(docsDir, 'history');
    await mkdir(path.join(history, 'bench-results'), { recursive: true });
    const first: BenchResults = { ...base, command: 'npm run bench', startedAt: '2029-01-01T00:00:00.000Z', sources: undefined };
    const second: BenchResults = { ...base, command: 'npm run bench; then npm run bench -- --only console', startedAt: '2029-02-01T00:00:00.000Z', sources: undefined };
    for (const run of [first, second]) await writeFile(path.join(history, 'bench-results', resultsFileName(run)), JSON.stringify(run));
    const runs = await readHistory(history);
    expect(sourceOfCase(second, null, 'appends', runs)).toMatchObject({ command: 'npm run bench', startedAt: '2029-01-01T00:00:00.000Z', file: resultsFileName(first) });
    expect(sourceOfCase(second, 'x.json', 'catch-up', runs)).toMatchObject({ command: 'npm run bench', startedAt: '2029-01-01T00:00:00.000Z' });
  });
});
