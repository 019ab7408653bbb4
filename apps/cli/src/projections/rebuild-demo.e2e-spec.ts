import { waitForCheckpoint } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { buildDemoFinance } from '../demo/demo-finance.js';
import { buildDemoTrust, DEMO_SEED } from '../demo/demo-trust.js';
import { runDemo } from '../demo/run-demo.js';
import { formatProjections, projectionsStatusOverHttp, rebuildOverHttp, type ProgressDisplay } from './projections-command.js';
import { baseUrlOf } from '../demo/test-support/demo-test-setup.js';

describe('rebuilding every projection over the demo trust (npm run cli -- projections rebuild)', () => {
  let api: TestApp;
  let baseUrl: string;
  let token: string;

  // A Sunday in August: the demo holds the same whatever the day.
  const today = '2026-08-16';

  // The whole demo is some two thousand commands: minutes when the machine is shared.
  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date(`${today}T11:00:00.000Z`) });
    baseUrl = baseUrlOf(api);
    token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    const academies = buildDemoTrust();
    await runDemo({ baseUrl, academies, finance: buildDemoFinance(academies, DEMO_SEED), improvementCycle: { today }, token, print: () => undefined });
  }, 600_000);

  afterAll(async () => {
    await api.close();
  });

  /** Every row of a table, as JSON, in a total order. */
  async function rows(table: string): Promise<string[]> {
    const result = await api.database.pool.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
    return result.rows.map(({ row }) => row);
  }

  async function snapshot(): Promise<Map<string, string[]>> {
    const tables = allProjections().flatMap((projection) => projection.tables);
    return new Map(await Promise.all(tables.map(async (table): Promise<[string, string[]]> => [table, await rows(table)])));
  }

  it('leaves every read model identical, row by row, with the bar reaching 100%', async () => {
    const head = await api.head();
    const names = allProjections().map((projection) => projection.name);
    expect(await waitForCheckpoint(api.database.pool, names, head, 30_000)).toBe(true);
    const before = await snapshot();
    const empty = [...before].filter(([, rows]) => rows.length === 0).map(([table]) => table);
    expect(empty).toEqual([]);

    for (const projection of allProjections()) {
      const shown: number[] = [];
      const bar: ProgressDisplay = { start: (_total, value) => shown.push(value), update: (value) => shown.push(value), stop: () => undefined };
      const job = await rebuildOverHttp({ baseUrl, token, name: projection.name, bar, pollMs: 20 });
      expect(job).toMatchObject({ state: 'completed', progress: 100, result: { projection: projection.name, position: head.toString() } });
      expect(shown.at(-1)).toBe(100);
    }

    const after = await snapshot();
    for (const [table, rowsBefore] of before) expect({ table, rows: after.get(table) }).toEqual({ table, rows: rowsBefore });
    const status = await projectionsStatusOverHttp({ baseUrl, token });
    expect(status).toEqual(
      formatProjections(
        head.toString(),
        allProjections().map((projection) => ({
          name: projection.name,
          position: head.toString(),
          status: 'running',
          behind: '0',
          lagSeconds: 0,
          failedPosition: null,
          lastError: null,
        })),
      ),
    );
  }, 240_000);
});
