/**
 * `npm run bench` (full, 10–15 minutes on 2 cores) and `npm run bench -- --quick` (~1 minute): measures the
 * event store, rebuilds, catch-up, as-of queries and the HTTP API on the local PostgreSQL and Redis, each
 * case in databases of its own (`bench_<case>_<pid>`, dropped after), and writes
 * docs/bench-results/<timestamp>.json, docs/bench-results/latest.json and docs/BENCHMARKS.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runApiBench, type ApiResult } from './cases/api.js';
import { runAppendBench, type AppendResults, type AppendSizes } from './cases/appends.js';
import { runCatchUp, type CatchUpResult } from './cases/catch-up.js';
import { runConsoleBench, type ConsoleResult } from './cases/console-render.js';
import { runImportBench, type ImportResult, type ImportSizes } from './cases/imports.js';
import { runRebuildAndAsOf, type SizeResult } from './cases/rebuild-and-as-of.js';
import { measureVerify, runVerifyBench, type VerifyResult } from './cases/verify.js';
import { findPreChainAppends, keepOtherCases, reRender, RESULT_CASES, resultsFileName, type ResultCase } from './history.js';
import { machineInfo } from './machine.js';
import { renderBenchmarks, renderCharts } from './report.js';
import { checkTargets, isBenchResults, RESULT_SCHEMA_VERSION, type BenchResults } from './results.js';
import { dropLeftoverDatabases, log } from './support.js';

export const CASES = RESULT_CASES;
export type BenchCase = ResultCase;

export interface BenchPlan {
  mode: 'quick' | 'full';
  appends: AppendSizes;
  /** Trust sizes (events) for the rebuild and as-of cases. */
  sizes: number[];
  asOfSamples: number;
  catchUpSeconds: number;
  apiSeconds: number;
  apiConnections: number;
  apiAcademies: number;
  /** The store the console's Academy page is measured against, and how many academies it opens after the first. */
  consoleEvents: number;
  consoleSamples: number;
  /** The trust history imported from CSV files, on PostgreSQL and on the embedded PGlite. */
  imports: ImportSizes;
  /** The store whose whole hash chain the verify case recomputes (on the rebuild case's store when that size is run too). */
  verifyEvents: number;
}

export const PLANS: Record<'quick' | 'full', BenchPlan> = {
  quick: {
    mode: 'quick',
    appends: { sequential: 300, writers: 8, perWriter: 100, batches: 20, batchSize: 100, rounds: 1 },
    sizes: [10_000],
    asOfSamples: 200,
    catchUpSeconds: 5,
    apiSeconds: 5,
    apiConnections: 16,
    apiAcademies: 40,
    consoleEvents: 10_000,
    consoleSamples: 3,
    imports: { academies: 5, years: 2, rechargesPerAcademyYear: 40 },
    verifyEvents: 10_000,
  },
  full: {
    mode: 'full',
    appends: { sequential: 2_000, writers: 8, perWriter: 750, batches: 200, batchSize: 100, rounds: 5 },
    sizes: [100_000, 1_000_000],
    asOfSamples: 1_000,
    catchUpSeconds: 30,
    apiSeconds: 20,
    apiConnections: 32,
    apiAcademies: 200,
    consoleEvents: 1_000_000,
    consoleSamples: 10,
    // 30 × 5 × (5 targets + 15 figures + 1 budget + 3 AIMs + 309 recharges) + 30 academies + 5 rate cards: 49,985 rows.
    imports: { academies: 30, years: 5, rechargesPerAcademyYear: 309 },
    verifyEvents: 1_000_000,
  },
};

export interface RunOptions {
  plan: BenchPlan;
  cases: readonly BenchCase[];
  command: string;
}

export async function runBench({ plan, cases, command }: RunOptions): Promise<BenchResults> {
  const started = new Date();
  const machine = await machineInfo();
  log(`${plan.mode} run on ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}, Redis ${machine.redis}, load ${machine.loadAverageAtStart}`);
  let appends: AppendResults | null = null;
  const sizes: SizeResult[] = [];
  let catchUp: CatchUpResult | null = null;
  let api: ApiResult | null = null;
  let consoleResult: ConsoleResult | null = null;
  let imports: ImportResult | null = null;
  let verify: VerifyResult | null = null;
  if (cases.includes('appends')) appends = await runAppendBench(plan.appends);
  if (cases.includes('rebuild')) {
    for (const size of plan.sizes) {
      // The verify case's size run by the rebuild case too: verified on that store, loaded once.
      const afterLoad = cases.includes('verify') && size === plan.verifyEvents ? async (pool: Parameters<typeof measureVerify>[0], load: Parameters<typeof measureVerify>[2]) => void (verify = await measureVerify(pool, 'rebuild', load)) : undefined;
      sizes.push(await runRebuildAndAsOf(size, { asOfSamples: plan.asOfSamples, ...(afterLoad === undefined ? {} : { afterLoad }) }));
    }
  }
  if (cases.includes('verify') && verify === null) verify = await runVerifyBench(plan.verifyEvents);
  if (cases.includes('catch-up')) catchUp = await runCatchUp({ seconds: plan.catchUpSeconds, commandsPerSecond: 200 });
  if (cases.includes('api')) api = await runApiBench({ seconds: plan.apiSeconds, connections: plan.apiConnections, academies: plan.apiAcademies });
  if (cases.includes('console')) consoleResult = await runConsoleBench(plan.consoleEvents, plan.consoleSamples);
  if (cases.includes('imports')) imports = await runImportBench(plan.imports);
  const finished = new Date();
  const partial = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    mode: plan.mode,
    command,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationSeconds: Math.round((finished.getTime() - started.getTime()) / 100) / 10,
    machine,
    appends,
    sizes,
    catchUp,
    api,
    console: consoleResult,
    imports,
    verify,
  } as const;
  return { ...partial, targets: checkTargets(partial) };
}

/** Writes the JSON (timestamped and latest), the charts and docs/BENCHMARKS.md under `docsDir`. */
export async function writeResults(results: BenchResults, docsDir: string): Promise<string[]> {
  const resultsDir = path.join(docsDir, 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const files = [path.join(resultsDir, resultsFileName(results)), path.join(resultsDir, 'latest.json')];
  for (const file of files) await writeFile(file, json);
  for (const [name, svg] of Object.entries(renderCharts(results))) {
    const file = path.join(resultsDir, name);
    await writeFile(file, svg);
    files.push(file);
  }
  const markdown = path.join(docsDir, 'BENCHMARKS.md');
  await writeFile(markdown, renderBenchmarks(results));
  files.push(markdown);
  return files;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { render: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' }, sizes: { type: 'string' }, 'docs-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    process.stdout.write(
      'Usage: npm run bench [-- --quick] [-- --only appends,rebuild,catch-up,api,console,imports,verify] [-- --sizes 100000,1000000] [-- --docs-dir docs]\n' +
        '       npm run bench -- --render   (measures nothing: docs/BENCHMARKS.md and the charts made again from latest.json)\n' +
        '  PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); Redis: BENCH_REDIS_URL (default redis://127.0.0.1:6379)\n',
    );
    return;
  }
  const docsDir = values['docs-dir'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs');
  if (values.render === true) {
    const latest: unknown = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8'));
    if (!isBenchResults(latest)) throw new Error('docs/bench-results/latest.json is not a results file');
    const files = await writeResults(await reRender(latest, docsDir), docsDir);
    log(`rendered again from latest.json (${latest.startedAt}); wrote ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
    return;
  }
  const base = PLANS[values.quick === true ? 'quick' : 'full'];
  const sizes = values.sizes?.split(',').map((size) => Number(size.trim()));
  if (sizes !== undefined && sizes.some((size) => !Number.isSafeInteger(size) || size < 100)) throw new Error(`--sizes takes event counts of at least 100, e.g. 100000,1000000; got "${values.sizes}"`);
  const plan = sizes === undefined ? base : { ...base, sizes };
  const cases = values.only === undefined ? [...CASES] : values.only.split(',').map((name) => name.trim());
  for (const name of cases) {
    if (!CASES.includes(name as BenchCase)) throw new Error(`--only takes ${CASES.join(', ')}; got "${name}"`);
  }
  const command = `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`;
  const measured = await runBench({ plan, cases: cases as BenchCase[], command });
  const merged = values.only === undefined ? measured : await keepOtherCases(measured, cases as BenchCase[], docsDir);
  // Append figures from before the hash chain, to compare with (read before this run's file is written).
  const results = merged.appends === null ? merged : { ...merged, preChainAppends: await findPreChainAppends(merged.mode, docsDir) };
  const files = await writeResults(results, docsDir);
  for (const check of results.targets) log(`${check.pass === true ? 'PASS' : check.pass === false ? 'MISS' : '----'}  ${check.name}: ${check.measured} (target ${check.target})`);
  log(`done in ${results.durationSeconds} s; wrote ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
}

const interrupted = (): void => {
  void dropLeftoverDatabases().finally(() => process.exit(130));
};

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // Dropping a bench database WITH (FORCE) ends any session left on it; a pool the bench does not own
  // (the peer store's) may report that as an unhandled 'error'. That one is expected; anything else is not.
  process.on('uncaughtException', (error: unknown) => {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '57P01') return;
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    void dropLeftoverDatabases().finally(() => process.exit(1));
  });
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    async (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      await dropLeftoverDatabases();
      process.exit(1);
    },
  );
}
