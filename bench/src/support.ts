import pg from 'pg';
import { createPool, migrate } from '@trust/database';

/** The PostgreSQL server the bench creates its own databases on (never the application's database). */
export function adminUrl(): string {
  return process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function redisUrl(): string {
  return process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
}

export interface BenchDatabase {
  name: string;
  url: string;
  /** Closes nothing of the caller's: drops the database, ending any session still on it. */
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const created = new Set<string>();

/** A fresh database `bench_<case>_<pid>`, migrated unless `migrated` is false (the peer store makes its own schema). */
export async function createBenchDatabase(benchCase: string, { migrated = true } = {}): Promise<BenchDatabase> {
  const name = `bench_${benchCase.replace(/[^a-z0-9_]/g, '_')}_${process.pid}`;
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  created.add(name);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  if (migrated) await migrate({ url: url.toString() });
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      created.delete(name);
    },
  };
}

/**
 * A database kept between runs (`bench_kept_<name>`), made and migrated when missing: a case that takes
 * long to load (the console's million events) measures again on what an earlier run loaded. `loaded`
 * says whether that earlier run finished loading it (it marks it with markLoaded()).
 */
export async function keptBenchDatabase(benchCase: string): Promise<BenchDatabase & { loaded: boolean; markLoaded(): Promise<void> }> {
  const name = `bench_kept_${benchCase.replace(/[^a-z0-9_]/g, '_')}`;
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const exists = await admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  const marker = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const loaded = exists && (await marker(async (client) => (await client.query("SELECT 1 FROM pg_tables WHERE tablename = 'bench_loaded'")).rowCount === 1));
  // A store an earlier run began and did not finish loading is begun again.
  if (!loaded) {
    await admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
  }
  await migrate({ url: url.toString() });
  return {
    name,
    url: url.toString(),
    loaded,
    markLoaded: () => marker(async (client) => void (await client.query('CREATE TABLE IF NOT EXISTS bench_loaded (at timestamptz DEFAULT now())'))),
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** Drops whatever this process created and has not dropped yet (on a failure or Ctrl-C). */
export async function dropLeftoverDatabases(): Promise<void> {
  for (const name of [...created]) {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => undefined);
    created.delete(name);
  }
}

export function benchPool(url: string, max = 10): pg.Pool {
  return createPool({ url, max, applicationName: 'trust-improvement-ledger-bench' });
}

export interface Percentiles {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of latencies in milliseconds (nearest rank), rounded to 0.01 ms. */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export function nowMs(): number {
  return performance.now();
}

export interface MemoryPeak {
  /** Peak resident set size and V8 heap in use over the sampling window, MiB. */
  peakRssMiB: number;
  peakHeapUsedMiB: number;
  /** At the start of the window, MiB. */
  startRssMiB: number;
  startHeapUsedMiB: number;
  samples: number;
}

const MIB = 1024 * 1024;

/** Samples this process's memory every `intervalMs` until stopped. */
export function sampleMemory(intervalMs = 100): { stop(): MemoryPeak } {
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  let samples = 1;
  const timer = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
    samples += 1;
  }, intervalMs);
  timer.unref();
  const mib = (bytes: number): number => Math.round((bytes / MIB) * 10) / 10;
  return {
    stop() {
      clearInterval(timer);
      const { rss, heapUsed } = process.memoryUsage();
      peakRss = Math.max(peakRss, rss);
      peakHeap = Math.max(peakHeap, heapUsed);
      return { peakRssMiB: mib(peakRss), peakHeapUsedMiB: mib(peakHeap), startRssMiB: mib(start.rss), startHeapUsedMiB: mib(start.heapUsed), samples };
    },
  };
}

export function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
