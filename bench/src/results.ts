import type { ApiResult } from './cases/api.js';
import type { AppendResults } from './cases/appends.js';
import type { CatchUpResult } from './cases/catch-up.js';
import type { ConsoleResult } from './cases/console-render.js';
import type { ImportResult } from './cases/imports.js';
import type { SizeResult } from './cases/rebuild-and-as-of.js';
import type { VerifyResult } from './cases/verify.js';
import type { MachineInfo } from './machine.js';

export const RESULT_SCHEMA_VERSION = 1;

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}

export interface BenchResults {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  mode: 'quick' | 'full';
  command: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  appends: AppendResults | null;
  sizes: SizeResult[];
  catchUp: CatchUpResult | null;
  api: ApiResult | null;
  /** The console's initial JavaScript and its Academy page's render time (absent from runs before the console). */
  console?: ConsoleResult | null;
  /** A trust's history imported from CSV files (absent from runs before imports). */
  imports?: ImportResult | null;
  /** The hash chain recomputed over a whole store (absent from runs before the chain). */
  verify?: VerifyResult | null;
  /**
   * Which run each case's figures come from, when a run of some cases kept the others' figures from an
   * earlier one (absent from runs before this was recorded).
   */
  sources?: Partial<Record<string, RunSource>>;
  /** The most recent appends recorded before the hash chain existed, for comparison (a different run). */
  preChainAppends?: PreChainAppends | null;
  targets: TargetCheck[];
}

export interface RunSource {
  command: string;
  startedAt: string;
  gitCommit: string;
  loadAverageAtStart: number;
  /** The results file of that run, under docs/bench-results. */
  file: string | null;
}

export interface PreChainAppends {
  source: RunSource;
  cases: { case: string; eventsPerSecond: number }[];
}

export const TARGETS = {
  appendRatio: 1.5,
  rebuildEventsPerSecond: 20_000,
  /** Heap growth during a rebuild that still counts as flat, MiB. */
  rebuildHeapGrowthMiB: 256,
  catchUpP99Ms: 100,
  catchUpCommandsPerSecond: 200,
  asOfCardP95Ms: 50,
  consoleInitialJsKB: 250,
  academyPageRenderMs: 1000,
  importPostgresSeconds: 60,
  importPgliteSeconds: 180,
  /** Appends through SealingEventStore keep at least this share of our plain store's events/s. */
  sealedAppendShare: 0.9,
  /** A million events' hash chain verified in under this, seconds. */
  verifyMillionSeconds: 30,
} as const;

export function checkTargets(results: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const appendCase of results.appends?.cases ?? []) {
    checks.push({
      name: `appends, ${appendCase.case}`,
      target: `≥ ${TARGETS.appendRatio}× the peer's events/s`,
      measured: `${appendCase.throughputRatio}× (${appendCase.ours.eventsPerSecond} vs ${appendCase.peer.eventsPerSecond} events/s)`,
      pass: appendCase.throughputRatio >= TARGETS.appendRatio,
    });
  }
  for (const appendCase of results.appends?.cases ?? []) {
    if (appendCase.sealed === undefined || appendCase.sealedRatio === undefined) continue;
    checks.push({
      name: `appends through sealing, ${appendCase.case}`,
      target: `sealing costs at most ${Math.round((1 - TARGETS.sealedAppendShare) * 100)} %: ≥ ${TARGETS.sealedAppendShare}× our plain events/s (hash chain on in both)`,
      measured: `${appendCase.sealedRatio}× (${appendCase.sealed.eventsPerSecond} vs ${appendCase.ours.eventsPerSecond} events/s)`,
      pass: appendCase.sealedRatio >= TARGETS.sealedAppendShare,
    });
  }
  const verify = results.verify;
  if (verify !== undefined && verify !== null) {
    const atScale = verify.events >= 1_000_000;
    checks.push({
      name: `hash chain verified, ${verify.events.toLocaleString('en-GB')} events`,
      target: `1,000,000 events in < ${TARGETS.verifyMillionSeconds} s`,
      measured: `${verify.seconds} s (${verify.eventsPerSecond.toLocaleString('en-GB')} events/s)${atScale ? '' : ': not a million events, so not checked'}`,
      pass: atScale ? verify.seconds < TARGETS.verifyMillionSeconds : null,
    });
  }
  const largest = results.sizes.at(-1);
  if (largest !== undefined) {
    const heapGrowth = Math.max(...results.sizes.map((size) => size.rebuild.memory.peakHeapUsedMiB - size.rebuild.memory.startHeapUsedMiB));
    const rssGrowth = results.sizes.length > 1 ? largest.rebuild.memory.peakRssMiB / (results.sizes[0]?.rebuild.memory.peakRssMiB ?? largest.rebuild.memory.peakRssMiB) : 1;
    checks.push({
      name: `rebuild, ${largest.load.events.toLocaleString('en-GB')} events`,
      target: `≥ ${TARGETS.rebuildEventsPerSecond.toLocaleString('en-GB')} events/s into all read models`,
      measured: `${largest.rebuild.eventsPerSecond.toLocaleString('en-GB')} events/s`,
      pass: largest.rebuild.eventsPerSecond >= TARGETS.rebuildEventsPerSecond,
    });
    checks.push({
      name: 'rebuild memory',
      target: `flat: heap growth < ${TARGETS.rebuildHeapGrowthMiB} MiB at every size${results.sizes.length > 1 ? ', peak RSS of the largest < 1.5× the smallest' : ''}`,
      measured: `heap growth ≤ ${Math.round(heapGrowth)} MiB${results.sizes.length > 1 ? `, RSS ${rssGrowth.toFixed(2)}×` : ''}`,
      pass: heapGrowth < TARGETS.rebuildHeapGrowthMiB && rssGrowth < 1.5,
    });
    checks.push({
      name: `as-of card, ${largest.load.events.toLocaleString('en-GB')} events`,
      target: `p95 < ${TARGETS.asOfCardP95Ms} ms`,
      measured: `p95 ${largest.asOf.card.p95} ms`,
      pass: largest.asOf.card.p95 < TARGETS.asOfCardP95Ms,
    });
  }
  if (results.catchUp !== null) {
    checks.push({
      name: `catch-up lag at ${results.catchUp.commandsPerSecond} commands/s`,
      target: `p99 < ${TARGETS.catchUpP99Ms} ms`,
      measured: `p99 ${results.catchUp.lag.p99} ms (${results.catchUp.achievedCommandsPerSecond} commands/s achieved)`,
      pass: results.catchUp.lag.p99 < TARGETS.catchUpP99Ms && results.catchUp.achievedCommandsPerSecond >= TARGETS.catchUpCommandsPerSecond * 0.95,
    });
  }
  const console = results.console;
  if (console !== undefined && console !== null) {
    checks.push({
      name: 'console, initial JavaScript',
      target: `≤ ${TARGETS.consoleInitialJsKB} kB gzipped`,
      measured: `${console.initialJavaScript.gzipKB} kB gzipped`,
      pass: console.initialJavaScript.gzipKB <= TARGETS.consoleInitialJsKB,
    });
    checks.push({
      name: `console, Academy page at ${console.render.events.toLocaleString('en-GB')} events`,
      target: `renders in < ${TARGETS.academyPageRenderMs} ms`,
      measured: `p50 ${console.render.warm.p50} ms, p95 ${console.render.warm.p95} ms (first visit, nothing cached: ${console.render.coldMs} ms)`,
      pass: console.render.warm.p50 < TARGETS.academyPageRenderMs,
    });
  }
  for (const run of results.imports?.runs ?? []) {
    const limit = run.database === 'postgresql' ? TARGETS.importPostgresSeconds : TARGETS.importPgliteSeconds;
    checks.push({
      name: `import, ${run.rows.toLocaleString('en-GB')} rows on ${run.database === 'postgresql' ? 'PostgreSQL' : 'the embedded PGlite'}`,
      target: `< ${limit} s`,
      measured: `${run.totalSeconds} s (${run.rowsPerSecond.toLocaleString('en-GB')} rows/s)`,
      pass: run.totalSeconds < limit,
    });
  }
  return checks;
}

/** A light shape check of a results file: what the renderer and the tests rely on. */
export function isBenchResults(value: unknown): value is BenchResults {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record['schemaVersion'] === RESULT_SCHEMA_VERSION &&
    (record['mode'] === 'quick' || record['mode'] === 'full') &&
    typeof record['machine'] === 'object' &&
    Array.isArray(record['sizes']) &&
    Array.isArray(record['targets'])
  );
}
