import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkTargets, isBenchResults, type BenchResults, type PreChainAppends, type RunSource } from './results.js';

/** The cases a results file can hold, as `--only` names them. */
export const RESULT_CASES = ['appends', 'rebuild', 'catch-up', 'api', 'console', 'imports', 'verify'] as const;
export type ResultCase = (typeof RESULT_CASES)[number];

/** The migration that added the hash chain: a commit without it appended without the trigger. */
const CHAIN_MIGRATION = 'libs/database/migrations/1765100000000_event-hash-chain.sql';

export interface RecordedRun {
  file: string;
  results: BenchResults;
}

/** The name writeResults gives a run's own results file. */
export function resultsFileName(results: Pick<BenchResults, 'startedAt' | 'mode'>): string {
  return `${results.startedAt.replace(/[:.]/g, '-')}-${results.mode}.json`;
}

/** Every timestamped results file under docs/bench-results (not latest.json), oldest first. */
export async function readHistory(docsDir: string): Promise<RecordedRun[]> {
  const directory = path.join(docsDir, 'bench-results');
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => /^\d{4}-.*-(quick|full)\.json$/.test(name)).sort();
  } catch {
    return [];
  }
  const runs: RecordedRun[] = [];
  for (const file of names) {
    try {
      const results: unknown = JSON.parse(await readFile(path.join(directory, file), 'utf8'));
      if (isBenchResults(results)) runs.push({ file, results });
    } catch {
      // A file that does not parse is no run to quote.
    }
  }
  return runs;
}

function hasCase(results: BenchResults, benchCase: ResultCase): boolean {
  switch (benchCase) {
    case 'appends':
      return results.appends !== null;
    case 'rebuild':
      return results.sizes.length > 0;
    case 'catch-up':
      return results.catchUp !== null;
    case 'api':
      return results.api !== null;
    case 'console':
      return (results.console ?? null) !== null;
    case 'imports':
      return (results.imports ?? null) !== null;
    case 'verify':
      return (results.verify ?? null) !== null;
  }
}

function commandRuns(command: string, benchCase: ResultCase): boolean {
  const only = /--only[ =]([^\s;]+)/.exec(command);
  return only === null || only[1]!.split(',').map((name) => name.trim()).includes(benchCase);
}

export function runSource(run: RecordedRun | { file: string | null; results: BenchResults }, command = run.results.command): RunSource {
  return { command, startedAt: run.results.startedAt, gitCommit: run.results.machine.gitCommit, loadAverageAtStart: run.results.machine.loadAverageAtStart, file: run.file };
}

/**
 * The run a case's figures in `results` come from: recorded in `sources`, or (results written before
 * sources were) the last command of its `; then ` chain that ran the case, found in the history as the
 * file whose command ends with it.
 */
export function sourceOfCase(results: BenchResults, file: string | null, benchCase: ResultCase, history: readonly RecordedRun[]): RunSource | null {
  if (!hasCase(results, benchCase)) return null;
  const recorded = results.sources?.[benchCase];
  if (recorded !== undefined) return recorded;
  const chain = results.command.split('; then ');
  const index = chain.findLastIndex((command) => commandRuns(command, benchCase));
  if (index === -1) return null;
  if (index === chain.length - 1) return runSource({ file: file ?? history.find((run) => run.results.startedAt === results.startedAt)?.file ?? null, results }, chain[index]);
  const prefix = chain.slice(0, index + 1).join('; then ');
  const run = history.find((candidate) => candidate.results.command === prefix);
  return run === undefined ? { command: chain[index]!, startedAt: 'unknown', gitCommit: 'unknown', loadAverageAtStart: Number.NaN, file: null } : runSource(run, chain[index]);
}

/**
 * A run of some cases only keeps the other cases' figures from docs/bench-results/latest.json (of the same
 * mode), so measuring one case does not blank the others in docs/BENCHMARKS.md; `sources` says which run
 * each case's figures come from.
 */
export async function keepOtherCases(measured: BenchResults, cases: readonly ResultCase[], docsDir: string): Promise<BenchResults> {
  let previous: unknown;
  try {
    previous = JSON.parse(await readFile(path.join(docsDir, 'bench-results', 'latest.json'), 'utf8'));
  } catch {
    return measured;
  }
  if (!isBenchResults(previous) || previous.mode !== measured.mode) return measured;
  const history = await readHistory(docsDir);
  const keep = <T>(benchCase: ResultCase, mine: T, theirs: T): T => (cases.includes(benchCase) ? mine : theirs);
  const merged = {
    ...measured,
    appends: keep('appends', measured.appends, previous.appends),
    sizes: keep('rebuild', measured.sizes, previous.sizes),
    catchUp: keep('catch-up', measured.catchUp, previous.catchUp),
    api: keep('api', measured.api, previous.api),
    console: keep('console', measured.console, previous.console ?? null),
    imports: keep('imports', measured.imports, previous.imports ?? null),
    verify: keep('verify', measured.verify, previous.verify ?? null),
    command: `${previous.command}; then ${measured.command}`,
  };
  const mine = runSource({ file: resultsFileName(measured), results: measured });
  const sources: Partial<Record<string, RunSource>> = {};
  for (const benchCase of RESULT_CASES) {
    const source = cases.includes(benchCase) ? (hasCase(merged, benchCase) ? mine : null) : sourceOfCase(previous, null, benchCase, history);
    if (source !== null) sources[benchCase] = source;
  }
  return { ...merged, sources, targets: checkTargets(merged) };
}

/**
 * latest.json made again from itself without measuring anything (`--render`): each kept case's source
 * given its results file where the history has it, the targets checked and the pre-chain appends looked up
 * again, so a change to the renderer or the checks reaches docs/BENCHMARKS.md.
 */
export async function reRender(latest: BenchResults, docsDir: string): Promise<BenchResults> {
  const history = await readHistory(docsDir);
  const sources: Partial<Record<string, RunSource>> = {};
  for (const [name, source] of Object.entries(latest.sources ?? {})) {
    if (source === undefined) continue;
    sources[name] = source.file !== null ? source : { ...source, file: history.find((run) => run.results.startedAt === source.startedAt)?.file ?? null };
  }
  const again = { ...latest, ...(latest.sources === undefined ? {} : { sources }) };
  return { ...again, targets: checkTargets(again), ...(again.appends === null ? {} : { preChainAppends: await findPreChainAppends(again.mode, docsDir) }) };
}

/** Whether the git commit of a run (`abc1234`, perhaps `(with uncommitted changes)`) had the hash chain; null when git cannot say. */
async function hadHashChain(gitCommit: string, cwd: string): Promise<boolean | null> {
  const commit = /^[0-9a-f]{7,40}/.exec(gitCommit)?.[0];
  if (commit === undefined) return null;
  try {
    await promisify(execFile)('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd });
  } catch {
    return null;
  }
  try {
    await promisify(execFile)('git', ['cat-file', '-e', `${commit}:${CHAIN_MIGRATION}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

/**
 * The most recent append figures recorded (in the same mode) by a run whose commit did not have the hash
 * chain yet: what "today's" append throughput was before the chain and sealing, to compare with, as a
 * different run on whatever the machine was doing then.
 */
export async function findPreChainAppends(mode: BenchResults['mode'], docsDir: string): Promise<PreChainAppends | null> {
  const history = await readHistory(docsDir);
  for (const run of [...history].reverse()) {
    if (run.results.mode !== mode || run.results.appends === null) continue;
    const source = sourceOfCase(run.results, run.file, 'appends', history);
    if (source === null) continue;
    if ((await hadHashChain(source.gitCommit, docsDir)) !== false) continue;
    return { source, cases: run.results.appends.cases.map((appendCase) => ({ case: appendCase.case, eventsPerSecond: appendCase.ours.eventsPerSecond })) };
  }
  return null;
}
