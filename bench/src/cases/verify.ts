import type pg from 'pg';
import { PostgresEventStore, verifyHashChain } from '@trust/event-store';
import { benchPool, createBenchDatabase, keptBenchDatabase, log, nowMs, round, sampleMemory, type MemoryPeak } from '../support.js';
import { loadTrust, type LoadMeasure } from './rebuild-and-as-of.js';

export interface VerifyResult {
  /** Events in the store, every one of them appended by the real path (the append trigger wrote its link). */
  events: number;
  /** How the store was loaded: by this case, by the rebuild case (verified on its store before the rebuild), or kept from an earlier run. */
  loadedBy: 'verify' | 'rebuild' | 'kept';
  /** The load, when this run made it (null when the store was kept from an earlier run). */
  load: LoadMeasure | null;
  /** verifyHashChain from the first event to the head, the whole chain recomputed. */
  seconds: number;
  eventsPerSecond: number;
  verified: number;
  /** The recomputed head link equals the one the trigger stored, and no mismatch was found. */
  matched: boolean;
  memory: MemoryPeak;
}

/** Times verifyHashChain over the whole store on `pool` (which must hold a loaded, chained store). */
export async function measureVerify(pool: pg.Pool, loadedBy: VerifyResult['loadedBy'], load: LoadMeasure | null): Promise<VerifyResult> {
  const { rows } = await pool.query<{ head: string; hash: Buffer | null }>('SELECT h.last_position::text AS head, c.hash FROM event_store_head h LEFT JOIN event_hash_chain c ON c.position = h.last_position');
  const events = Number(rows[0]?.head ?? 0);
  global.gc?.();
  const memory = sampleMemory(100);
  const started = nowMs();
  const verification = await verifyHashChain(pool);
  const seconds = (nowMs() - started) / 1000;
  const peak = memory.stop();
  const matched = verification.firstMismatch === null && verification.verified === events && verification.hashAtTo === (rows[0]?.hash?.toString('hex') ?? null);
  if (!matched) throw new Error(`the bench store's hash chain did not verify: ${JSON.stringify(verification)}`);
  const result: VerifyResult = { events, loadedBy, load, seconds: round(seconds, 2), eventsPerSecond: round(events / seconds), verified: verification.verified, matched, memory: peak };
  log(`verify ${events}: ${result.seconds} s, ${result.eventsPerSecond} events/s, peak RSS ${peak.peakRssMiB} MiB (start ${peak.startRssMiB}), heap ${peak.peakHeapUsedMiB} MiB (start ${peak.startHeapUsedMiB})`);
  return result;
}

/**
 * The hash chain verified over a store of `targetEvents`: the synthetic trust written by the loader the
 * rebuild case uses (loadTrust: writeSyntheticTrust, 32 appenders, each append through the real path, so
 * the trigger links every event), vacuumed as a store in service would be, then verifyHashChain from the
 * first event to the head. BENCH_KEEP_VERIFY_STORE=1 keeps the loaded store for the next run.
 */
export async function runVerifyBench(targetEvents: number): Promise<VerifyResult> {
  const keep = process.env['BENCH_KEEP_VERIFY_STORE'] === '1';
  const kept = keep ? await keptBenchDatabase(`verify_${targetEvents}`) : null;
  const database = kept ?? (await createBenchDatabase(`verify_${targetEvents}`));
  const pool = benchPool(database.url, 32);
  const store = new PostgresEventStore(pool);
  try {
    let load: LoadMeasure | null = null;
    if (kept?.loaded === true) {
      log(`verify ${targetEvents}: the store kept from an earlier run`);
    } else {
      load = await loadTrust(store, targetEvents);
      log(`verify ${targetEvents}: loaded ${load.events} events (${load.academies} academies × ${load.years} years) in ${load.seconds} s, ${load.eventsPerSecond} events/s`);
      await pool.query('VACUUM ANALYZE events');
      await pool.query('VACUUM ANALYZE event_hash_chain');
      await kept?.markLoaded();
    }
    return await measureVerify(pool, kept?.loaded === true ? 'kept' : 'verify', load);
  } finally {
    await store.close();
    await pool.end();
    if (!keep) await database.drop();
  }
}
