import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResponsesAgainstOpenApi } from '../../apps/api/test/test-support/openapi-responses.js';
import { startSystem, type RunningSystem } from '../../apps/api/src/system/start-system.js';
import type pg from 'pg';
import { MASTER_KEY_FILE } from '@trust/personal-data';
import { mintLocalToken } from '@trust/tokens';
import { PG_POOL } from '../../apps/api/src/infrastructure/tokens.js';
import { runSystemJourney, systemClock, SYSTEM_JWT_SECRET } from './support/journey.js';

/** `npm start` with no DATABASE_URL or REDIS_URL: the whole system on the embedded PGlite, jobs in-process. */
describe('the whole system on the embedded default', () => {
  let root: string;
  let dataDir: string;
  let system: RunningSystem;

  beforeAll(async () => {
    // The master key's file is made beside the data folder: both in a folder of the test's own.
    root = await mkdtemp(join(tmpdir(), 'til-embedded-'));
    dataDir = join(root, 'pglite');
    system = await startSystem({
      env: { DATA_DIR: dataDir, JWT_SECRET: SYSTEM_JWT_SECRET, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' },
      clock: systemClock,
    });
    validateResponsesAgainstOpenApi(system.app);
  }, 180_000);

  afterAll(async () => {
    await system?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('runs on PGlite with projections and jobs in this process', () => {
    expect(system.embeddedDataDir).toBe(dataDir);
    expect(system.config).toMatchObject({ runProjections: true, runJobs: true });
    expect(system.jobQueue.redisUrl).toBeUndefined();
  });

  it('catches its reads up, rebuilds every read model while reads keep answering, and builds every kind of report', async () => {
    const outcome = await runSystemJourney(system.url);

    expect(outcome.academies).toBe(3);
    expect(outcome.deadlineJobs.length).toBeGreaterThan(0);
    for (const state of outcome.deadlineJobs) expect(['delayed', 'waiting', 'active', 'completed']).toContain(state);
    expect(outcome.rebuilt).toEqual(expect.arrayContaining(['academy-card', 'tier-history', 'compliance', 'recharge-ledger', 'audit-trail']));
    expect(outcome.readsDuringRebuilds).toBeGreaterThan(0);
    expect(outcome.reports).toHaveLength(5);
    for (const report of outcome.reports) expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }, 600_000);

  it('chains every event it stored, as PostgreSQL does: the whole history verifies', async () => {
    const token = await mintLocalToken(SYSTEM_JWT_SECRET, { sub: 'auditor', name: 'Auditor', roles: ['standards-committee'], academies: [], expiresIn: '5m' });
    const response = await fetch(`${system.url}/audit/verify`, { headers: { Authorization: `Bearer ${token}` } });
    const verification = (await response.json()) as { verified: number; firstMismatch: unknown };
    expect(verification.firstMismatch).toBeNull();
    expect(verification.verified).toBeGreaterThan(0);
  });

  it('seals personal data under a master key it made beside its data, readable by its owner only', async () => {
    const file = join(root, MASTER_KEY_FILE);
    expect(system.masterKeySource).toEqual({ kind: 'file', file, generated: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { rows } = await system.app.get<pg.Pool>(PG_POOL).query<{ sealed: number }>("SELECT count(*)::int AS sealed FROM events WHERE data::text LIKE '%sealed:v3:%'");
    expect(rows[0]?.sealed).toBeGreaterThan(0);
  });

  it('answers liveness and readiness', async () => {
    expect((await fetch(`${system.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${system.url}/health/ready`)).status).toBe(200);
  });
});
