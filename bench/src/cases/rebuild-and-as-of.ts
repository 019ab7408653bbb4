import type pg from 'pg';
import { PostgresEventStore, type Position } from '@trust/event-store';
import { DEFAULT_REBUILD_BATCH_SIZE, rebuildProjections } from '@trust/projection-runner';
import { allProjections, findAcademyCard, reconcileLedger } from '@trust/projections';
import { academicYearsOf, academiesForEvents, seededRandom, syntheticAcademyId, writeSyntheticTrust } from '@trust/synthetic';
import { benchPool, createBenchDatabase, log, nowMs, percentiles, round, sampleMemory, type MemoryPeak, type Percentiles } from '../support.js';

// Three academic years, as the trust's own reporting looks back (and as `generate` makes by default).
const YEARS = 3;
const SEED = 42;

export interface LoadMeasure {
  academies: number;
  years: number;
  events: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
}

export interface RebuildMeasure {
  /** Events in the store, each replayed into every read model. */
  events: number;
  projections: { name: string; seconds: number; eventsPerSecond: number }[];
  seconds: number;
  /** Events replayed into all read models per second: events ÷ the time until the last rebuild finished. */
  eventsPerSecond: number;
  batchSize: number;
  memory: MemoryPeak;
  /**
   * one-pass: every read model rebuilt by one rebuildProjections, each batch of the log read once for all
   * (each read model's seconds are the pass's); parallel (runs before it): every read model's own rebuild
   * started at once, a projection's seconds until it finished.
   */
  mode: 'one-pass' | 'parallel';
  /** What the rebuild wrote: each read-model table's row versions and size on disk (with TOAST and indexes). */
  tables: { projection: string; table: string; rows: number; megabytes: number }[];
}

export interface AsOfMeasure {
  events: number;
  samples: number;
  /** Instant → position (positionAt) + the card at that position, milliseconds. */
  card: Percentiles;
  /** Instant → position + the year's reconciliation at that position, milliseconds. */
  reconciliation: Percentiles;
}

export interface SizeResult {
  targetEvents: number;
  load: LoadMeasure;
  rebuild: RebuildMeasure;
  asOf: AsOfMeasure;
}

/** `afterLoad`: more to measure on the loaded store before the rebuild (the verify case, so a million events are loaded once). */
export async function runRebuildAndAsOf(
  targetEvents: number,
  { asOfSamples, batchSize = DEFAULT_REBUILD_BATCH_SIZE, afterLoad }: { asOfSamples: number; batchSize?: number; afterLoad?: (pool: pg.Pool, load: LoadMeasure) => Promise<void> },
): Promise<SizeResult> {
  const database = await createBenchDatabase(`rebuild_${targetEvents}`);
  const pool = benchPool(database.url, 32);
  const store = new PostgresEventStore(pool);
  try {
    const load = await loadTrust(store, targetEvents);
    log(`rebuild ${targetEvents}: loaded ${load.events} events (${load.academies} academies × ${load.years} years) in ${load.seconds} s, ${load.eventsPerSecond} events/s`);
    await pool.query('VACUUM ANALYZE events');
    if (afterLoad !== undefined) {
      await pool.query('VACUUM ANALYZE event_hash_chain');
      await afterLoad(pool, load);
    }
    const rebuild = await rebuildAll(store, pool, load.events, batchSize);
    log(`rebuild ${targetEvents}: ${rebuild.eventsPerSecond} events/s into all read models (${rebuild.seconds} s), peak RSS ${rebuild.memory.peakRssMiB} MiB, heap ${rebuild.memory.peakHeapUsedMiB} MiB`);
    await pool.query('ANALYZE');
    const asOf = await asOfLatency(store, pool, load, asOfSamples);
    log(`as-of ${targetEvents}: card p50 ${asOf.card.p50} p95 ${asOf.card.p95} p99 ${asOf.card.p99} ms; reconciliation p50 ${asOf.reconciliation.p50} p95 ${asOf.reconciliation.p95} ms`);
    return { targetEvents, load, rebuild, asOf };
  } finally {
    await store.close();
    await pool.end();
    await database.drop();
  }
}

export async function loadTrust(store: PostgresEventStore, targetEvents: number): Promise<LoadMeasure> {
  const academies = await academiesForEvents(targetEvents, { years: YEARS, seed: SEED });
  const started = nowMs();
  const summary = await writeSyntheticTrust(store, { academies, years: YEARS, seed: SEED, concurrency: 32 });
  const seconds = (nowMs() - started) / 1000;
  return { academies, years: YEARS, events: summary.events, appends: summary.appends, seconds: round(seconds, 1), eventsPerSecond: round(summary.events / seconds) };
}

/** The real rebuild path of every read model (rebuildProjections: shadow tables, the log read once in bounded batches, swap), as the rebuild job runs it. */
export async function rebuildAll(store: PostgresEventStore, pool: pg.Pool, events: number, batchSize: number): Promise<RebuildMeasure> {
  global.gc?.();
  const memory = sampleMemory(100);
  const started = nowMs();
  const results = await rebuildProjections({ store, pool, projections: allProjections(), batchSize });
  const seconds = (nowMs() - started) / 1000;
  const projections = results.map((result) => ({ name: result.projection, seconds: round(seconds, 2), eventsPerSecond: round(result.events / seconds) }));
  const peak = memory.stop();
  const tables: RebuildMeasure['tables'] = [];
  for (const projection of allProjections()) {
    for (const table of projection.tables) {
      const { rows } = await pool.query<{ rows: string; bytes: string }>(`SELECT (SELECT count(*) FROM public.${table})::text AS rows, pg_total_relation_size('public.${table}')::text AS bytes`);
      tables.push({ projection: projection.name, table, rows: Number(rows[0]?.rows ?? 0), megabytes: round(Number(rows[0]?.bytes ?? 0) / 1024 ** 2, 1) });
    }
  }
  return { events, projections, seconds: round(seconds, 2), eventsPerSecond: round(events / seconds), batchSize, memory: peak, mode: 'one-pass', tables };
}

/** Random past instants between the first and the last event: each becomes a position, then the query runs at it. */
async function asOfLatency(store: PostgresEventStore, pool: pg.Pool, load: LoadMeasure, samples: number): Promise<AsOfMeasure> {
  const { rows } = await pool.query<{ first: Date; last: Date }>('SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM events');
  const first = rows[0]?.first.getTime() ?? Date.now();
  const last = rows[0]?.last.getTime() ?? Date.now();
  const random = seededRandom(SEED);
  const years = academicYearsOf({ years: load.years });
  const instant = (): Date => new Date(first + random.next() * (last - first));
  const at = async (): Promise<Position | null> => store.positionAt(instant());
  // Warm the plans and the buffer cache a little, as a live system would be.
  for (let n = 0; n < 20; n += 1) {
    const position = await at();
    await findAcademyCard(pool, syntheticAcademyId(random.integer(0, load.academies - 1)), position);
    if (n % 5 === 0) await reconcileLedger(pool, random.pick(years), { position, on: null });
  }
  const card: number[] = [];
  const reconciliation: number[] = [];
  for (let n = 0; n < samples; n += 1) {
    let before = nowMs();
    const cardPosition = await at();
    await findAcademyCard(pool, syntheticAcademyId(random.integer(0, load.academies - 1)), cardPosition);
    card.push(nowMs() - before);
    // Fewer reconciliations: each aggregates a whole year of the ledger (see BENCHMARKS.md).
    if (n % 10 === 0) {
      before = nowMs();
      const ledgerPosition = await at();
      await reconcileLedger(pool, random.pick(years), { position: ledgerPosition, on: null });
      reconciliation.push(nowMs() - before);
    }
  }
  return { events: load.events, samples, card: percentiles(card), reconciliation: percentiles(reconciliation) };
}
