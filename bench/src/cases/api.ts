import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { KPI_NAMES, TERMS } from '@trust/domain';
import { PostgresEventStore } from '@trust/event-store';
import { syntheticAcademyId, writeSyntheticTrust } from '@trust/synthetic';
import { mintLocalToken } from '@trust/tokens';
import { benchPool, createBenchDatabase, log, redisUrl, round } from '../support.js';

export interface ApiResult {
  route: string;
  connections: number;
  seconds: number;
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  requestsPerSecond: number;
  /** Milliseconds, from autocannon's histogram. */
  latency: { p50: number; p97_5: number; p99: number; max: number; mean: number };
  setup: string;
}

/** Commands over HTTP with authentication on: POST /academies/:id/kpis, each a figure not yet recorded. */
export async function runApiBench({ seconds, connections, academies }: { seconds: number; connections: number; academies: number }): Promise<ApiResult> {
  const database = await createBenchDatabase('api');
  const prefix = `bench-api-${process.pid}`;
  const secret = randomBytes(32).toString('hex');
  let child: ChildProcess | null = null;
  try {
    const pool = benchPool(database.url, 8);
    const store = new PostgresEventStore(pool);
    await writeSyntheticTrust(store, { academies, years: 1, seed: 42, concurrency: 16 });
    await store.close();
    await pool.end();

    const server = fileURLToPath(new URL('../api-server.js', import.meta.url));
    child = spawn(process.execPath, [server], {
      env: { ...process.env, BENCH_API_DATABASE_URL: database.url, BENCH_JWT_SECRET: secret, BENCH_REDIS_URL: redisUrl(), BENCH_REDIS_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await listeningPort(child);
    const token = await mintLocalToken(secret, { sub: 'bench', name: 'Bench', roles: ['trust-admin'], academies: [], expiresIn: '1h' });

    let n = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            // Command n: academy n mod A, then a KPI, term and academic year none before it used.
            const academy = n % academies;
            const k = Math.floor(n / academies);
            n += 1;
            const kpi = KPI_NAMES[k % KPI_NAMES.length] ?? 'progress';
            const term = TERMS[Math.floor(k / KPI_NAMES.length) % TERMS.length] ?? 'autumn';
            const start = 1990 + Math.floor(k / (KPI_NAMES.length * TERMS.length));
            return {
              ...request,
              path: `/academies/${syntheticAcademyId(academy)}/kpis`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ kpi, academicYear: `${start}/${String((start + 1) % 100).padStart(2, '0')}`, term, value: kpi === 'curriculum' ? 2 : 70 + (n % 30) }),
            };
          },
        },
      ],
    });
    const answer: ApiResult = {
      route: 'POST /academies/:id/kpis (RecordKpi)',
      connections,
      seconds: result.duration,
      requests: result.requests.total,
      ok: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      requestsPerSecond: round(result['2xx'] / result.duration, 1),
      latency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.average, 2) },
      setup: `createApp in a child process (JWT HS256 verified on every request, validation, idempotency interceptor, BullMQ on Redis under prefix "bench-api-<pid>"), no projections in the API process; autocannon in the parent, ${connections} connections, ${academies} academies`,
    };
    log(`api: ${answer.requestsPerSecond} commands/s over HTTP, p50 ${answer.latency.p50} ms p99 ${answer.latency.p99} ms, ${answer.non2xx} non-2xx, ${answer.errors} errors`);
    return answer;
  } finally {
    if (child !== null) await stopChild(child);
    await dropRedisKeys(prefix);
    await database.drop();
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) return reject(new Error('the API child has no stdout'));
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('the API child did not start within 60 s')), 60_000);
    lines.on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line.trim());
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API child exited with ${String(code)} before listening`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Only this run's keys: never a flush. */
async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } catch {
    // Redis gone: nothing of ours to clean.
  } finally {
    redis.disconnect();
  }
}
