import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { PostgresEventStore } from '@trust/event-store';
import { DEFAULT_REBUILD_BATCH_SIZE } from '@trust/projection-runner';
import { seededRandom, syntheticAcademyId } from '@trust/synthetic';
import { DEVELOPMENT_JWT_SECRET, mintLocalToken } from '@trust/tokens';
import { benchPool, createBenchDatabase, keptBenchDatabase, log, percentiles, round, type Percentiles } from '../support.js';
import { loadTrust, rebuildAll } from './rebuild-and-as-of.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const WEB = path.join(ROOT, 'dist', 'web');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const INITIAL_JS_BUDGET_KB = 250;

export interface ConsoleResult {
  /** The scripts index.html loads before anything else, gzipped (level 9). */
  initialJavaScript: { gzipKB: number; budgetKB: number; files: { file: string; gzipKB: number }[] };
  render: {
    events: number;
    academies: number;
    /** The first visit: the console's scripts and styles not yet cached. */
    coldMs: number;
    /** Later visits to other academies in the same browser (scripts cached, every API answer fresh). */
    warm: Percentiles;
  };
}

/** The gzipped size of the console's initial JavaScript, from the built dist/web (npm run bench builds it). */
export function initialJavaScript(): ConsoleResult['initialJavaScript'] {
  const html = readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((match) => match[1]!);
  const files = [...new Set(sources)].map((source) => {
    const bytes = readFileSync(path.join(WEB, source.replace(/^\/app\//, '')));
    return { file: path.basename(source), gzipKB: round(gzipSync(bytes, { level: 9 }).length / 1024, 1) };
  });
  return { gzipKB: round(files.reduce((sum, file) => sum + file.gzipKB, 0), 1), budgetKB: INITIAL_JS_BUDGET_KB, files };
}

/**
 * The Academy page against a store of `targetEvents`: the synthetic trust is loaded and every read model
 * rebuilt, the built system started on it (`node dist/apps/api/src/main.js`, console included), then
 * Chromium opens /app/academies/<URN> signed in as a trust admin, and the time is measured from the start
 * of navigation until every section has its data on screen: the card's KPI table, the KPI charts, the tier
 * history, the compliance line, the meetings and the timeline's current event.
 */
export async function runConsoleBench(targetEvents: number, samples: number): Promise<ConsoleResult> {
  // BENCH_KEEP_CONSOLE_STORE=1: the loaded store is kept, and the next run with it measures the page again
  // without loading a million events again (the page changed, the trust did not).
  const keep = process.env['BENCH_KEEP_CONSOLE_STORE'] === '1';
  const kept = keep ? await keptBenchDatabase(`console_${targetEvents}`) : null;
  const database = kept ?? (await createBenchDatabase(`console_${targetEvents}`));
  const pool = benchPool(database.url, 32);
  const store = new PostgresEventStore(pool);
  try {
    let load: { events: number; academies: number };
    if (kept?.loaded === true) {
      const { rows } = await pool.query<{ events: string; academies: string }>("SELECT count(*)::text AS events, count(DISTINCT stream_id) FILTER (WHERE stream_id LIKE 'academy-%')::text AS academies FROM events");
      load = { events: Number(rows[0]!.events), academies: Number(rows[0]!.academies) };
      log(`console ${targetEvents}: the store kept from an earlier run (${load.events} events, ${load.academies} academies)`);
    } else {
      const loaded = await loadTrust(store, targetEvents);
      log(`console ${targetEvents}: loaded ${loaded.events} events (${loaded.academies} academies) in ${loaded.seconds} s`);
      await rebuildAll(store, pool, loaded.events, DEFAULT_REBUILD_BATCH_SIZE);
      await pool.query('VACUUM ANALYZE');
      await kept?.markLoaded();
      load = loaded;
    }
    const render = await measureRender(database.url, load.academies, samples);
    log(`console ${targetEvents}: Academy page cold ${render.coldMs} ms, warm p50 ${render.warm.p50} p95 ${render.warm.p95} ms`);
    return { initialJavaScript: initialJavaScript(), render: { events: load.events, academies: load.academies, ...render } };
  } finally {
    await store.close();
    await pool.end();
    if (!keep) await database.drop();
  }
}

async function startSystem(databaseUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the system did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      if (listening !== null) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the system exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface PageDocument {
  querySelector(selector: string): unknown;
  body: { textContent: string | null };
}

/** In the page: the time since navigation began once every section of the Academy page shows its data, else false. */
function rendered(): number | false {
  // The bench compiles without DOM types: the page's document, as far as this reads it.
  const document = (globalThis as unknown as { document: PageDocument }).document;
  const has = (selector: string): boolean => document.querySelector(selector) !== null;
  const text = document.body.textContent ?? '';
  const done =
    has('table[aria-label="Academy card KPIs"]') &&
    (has('[data-kpi-chart][data-drawn]') || text.includes('No figures yet')) &&
    has('#tier-history') &&
    has('#compliance') &&
    has('#meetings') &&
    has('[data-testid="timeline-event"]') &&
    !text.includes('Loading');
  return done ? performance.now() : false;
}

async function measureRender(databaseUrl: string, academies: number, samples: number): Promise<{ coldMs: number; warm: Percentiles }> {
  const system = await startSystem(databaseUrl);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const token = await mintLocalToken(DEVELOPMENT_JWT_SECRET, { sub: 'bench-admin', name: 'Bench Admin', roles: ['trust-admin'], academies: [], expiresIn: '1h' });
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1000 } });
    // Signed in before the console's first script runs (the bench has no DOM types: the page's code is text).
    await context.addInitScript(`window.localStorage.setItem('trust-ledger.session', ${JSON.stringify(JSON.stringify({ token, kind: 'development' }))});`);
    const random = seededRandom(7);
    const times: number[] = [];
    for (let sample = 0; sample <= samples; sample += 1) {
      const page = await context.newPage();
      const academyId = syntheticAcademyId(random.integer(0, academies - 1));
      await page.goto(`${system.url}/app/academies/${academyId}`);
      const done = await page.waitForFunction(rendered, undefined, { polling: 'raf', timeout: 60_000 });
      times.push(Number(await done.jsonValue()));
      await page.close();
    }
    const [cold, ...warm] = times;
    return { coldMs: round(cold ?? 0), warm: percentiles(warm) };
  } finally {
    await browser.close();
    await system.stop();
  }
}
