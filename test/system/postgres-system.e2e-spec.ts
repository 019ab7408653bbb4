import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { validateResponsesAgainstOpenApi } from '../../apps/api/test/test-support/openapi-responses.js';
import { startSystem, type RunningSystem } from '../../apps/api/src/system/start-system.js';
import { startWorker, type RunningWorker } from '../../apps/worker/src/start-worker.js';
import { adminToken, runSystemJourney, systemClock, SYSTEM_JWT_SECRET, SYSTEM_MASTER_KEY } from './support/journey.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

function systemEnv(database: TestDatabase, prefix: string): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: database.url,
    REDIS_URL,
    JOB_PREFIX: prefix,
    JWT_SECRET: SYSTEM_JWT_SECRET,
    // A real secret makes it a deployment: the API and the worker must share a master key.
    PERSONAL_DATA_MASTER_KEY: SYSTEM_MASTER_KEY,
    PORT: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

async function dropKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  await redis.connect();
  try {
    let dropped = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) dropped += await redis.del(...keys);
    } while (cursor !== '0');
    return dropped;
  } finally {
    redis.disconnect();
  }
}

/** `npm start` with DATABASE_URL and REDIS_URL: still the whole system in one process, its jobs on BullMQ. */
describe('the whole system on PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let system: RunningSystem;
  const prefix = `til-system-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createTestDatabase('til_system', { poolSize: 1, migrated: false });
    system = await startSystem({ env: systemEnv(database, prefix), clock: systemClock });
    validateResponsesAgainstOpenApi(system.app);
  }, 180_000);

  afterAll(async () => {
    await system?.close();
    await database?.drop();
    await dropKeys(prefix);
  });

  it('runs the projections, the jobs (on BullMQ) and the reactor in this one process', () => {
    expect(system.config).toMatchObject({ runProjections: true, runJobs: true });
    expect(system.jobQueue).toEqual({ redisUrl: REDIS_URL, prefix });
  });

  it('catches its reads up, rebuilds every read model while reads keep answering, and builds every kind of report', async () => {
    const outcome = await runSystemJourney(system.url);

    expect(outcome.academies).toBe(3);
    expect(outcome.deadlineJobs.length).toBeGreaterThan(0);
    for (const state of outcome.deadlineJobs) expect(['delayed', 'waiting', 'active', 'completed']).toContain(state);
    expect(outcome.rebuilt.length).toBeGreaterThanOrEqual(8);
    expect(outcome.readsDuringRebuilds).toBeGreaterThan(0);
    expect(outcome.reports).toHaveLength(5);
    // The jobs went through Redis under this deployment's prefix.
    const redis = new Redis(REDIS_URL);
    try {
      expect((await redis.keys(`${prefix}:projection-rebuild:*`)).length).toBeGreaterThan(0);
      expect((await redis.keys(`${prefix}:report-snapshot:*`)).length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  }, 300_000);
});

describe('processes starting together on a fresh database', () => {
  it('never fails: an API and a worker, or two APIs, started at once, each come up, several times over', async () => {
    for (let round = 0; round < 3; round += 1) {
      const database = await createTestDatabase('til_starts', { poolSize: 1, migrated: false });
      const prefix = `til-starts-${randomBytes(4).toString('hex')}`;
      const env = systemEnv(database, prefix);
      const started: (RunningSystem | RunningWorker)[] = [];
      try {
        const outcomes = await Promise.allSettled([startSystem({ env }), startWorker(env), startSystem({ env, argv: ['--api-only'] })]);
        for (const outcome of outcomes) if (outcome.status === 'fulfilled') started.push(outcome.value);
        expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome).reason))).toEqual([]);
        for (const system of started) {
          if ('url' in system) expect((await fetch(`${system.url}/health/live`)).status).toBe(200);
        }
      } finally {
        for (const process of started) await process.close();
        await database.drop();
        await dropKeys(prefix);
      }
    }
  }, 180_000);
});

describe('two deployments sharing one Redis', () => {
  it('each work their own jobs only: without JOB_PREFIX, the prefix differs per database', async () => {
    const databases = await Promise.all([createTestDatabase('til_north', { poolSize: 1, migrated: false }), createTestDatabase('til_south', { poolSize: 1, migrated: false })]);
    const withoutPrefix = (database: TestDatabase): NodeJS.ProcessEnv => {
      const { JOB_PREFIX: _unused, ...env } = systemEnv(database, '');
      return env;
    };
    const [north, south] = await Promise.all(databases.map((database) => startSystem({ env: withoutPrefix(database) })));
    try {
      expect(north?.jobQueue.prefix).toMatch(/^til-jobs-[0-9a-f]{12}$/);
      expect(south?.jobQueue.prefix).toMatch(/^til-jobs-[0-9a-f]{12}$/);
      expect(north?.jobQueue.prefix).not.toBe(south?.jobQueue.prefix);

      const token = await adminToken();
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      for (let report = 0; report < 5; report += 1) {
        const created = await fetch(`${north?.url}/admin/reports`, { method: 'POST', headers, body: JSON.stringify({ type: 'academy-cards' }) });
        expect(created.status).toBe(202);
        const { reportId } = (await created.json()) as { reportId: string };
        let status = 202;
        while (status === 202) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          status = (await fetch(`${north?.url}/admin/reports/${reportId}`, { headers })).status;
        }
        expect(status).toBe(200);
        expect((await fetch(`${south?.url}/admin/jobs/${reportId}`, { headers })).status).toBe(404);
        expect((await fetch(`${south?.url}/admin/reports/${reportId}`, { headers })).status).toBe(404);
      }
    } finally {
      await north?.close();
      await south?.close();
      for (const system of [north, south]) if (system?.jobQueue.prefix !== undefined) await dropKeys(system.jobQueue.prefix);
      await Promise.all(databases.map((database) => database.drop()));
    }
  }, 120_000);
});
