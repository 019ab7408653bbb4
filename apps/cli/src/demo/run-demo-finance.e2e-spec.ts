import type { Reconciliation } from '@trust/domain';
import type { LedgerLineView } from '@trust/projections';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { buildDemoFinance, DEMO_FINANCE_YEAR } from './demo-finance.js';
import { buildDemoTrust, DEMO_SEED } from './demo-trust.js';
import { runDemo } from './run-demo.js';
import { baseUrlOf, demoRegistrationsOnly } from './test-support/demo-test-setup.js';

describe('the demo\'s finances, loaded through the API', () => {
  let api: TestApp;
  let baseUrl: string;
  // Registrations only: the KPI history is the academies' business, not what this test is about.
  const academies = demoRegistrationsOnly();
  const finance = buildDemoFinance(buildDemoTrust(), DEMO_SEED);

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = baseUrlOf(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('loads a balanced year with a reversal and an overspend, and a second run appends nothing', async () => {
    const token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    const printed: string[] = [];
    const first = await runDemo({ baseUrl, academies, finance, token, print: (line) => printed.push(line) });
    const recharges = finance.filter(({ command }) => command.type === 'LogRecharge').length;
    const coreDays = finance.filter(({ command }) => command.type === 'LogCoreDay').length;

    expect(first).toEqual({ requests: academies.length + finance.length, appended: academies.length + finance.length, replayed: 0 });
    expect(printed.at(-1)).toBe(
      `[finance] 1 rate card, ${academies.length} budgets, ${coreDays} core days, ${recharges} recharges, 1 reversal: ${finance.length} events appended, 0 already loaded`,
    );
    const head = await api.head();

    const second = await runDemo({ baseUrl, academies, finance, token, print: () => undefined });
    expect(second).toEqual({ requests: first.requests, appended: 0, replayed: first.requests });
    expect(await api.head()).toBe(head);

    const reconciliation = (await api.admin.get('/finance/reconciliation').query({ academicYear: DEMO_FINANCE_YEAR, minPosition: head.toString() }).expect(200))
      .body as Reconciliation;
    expect(reconciliation.academies).toHaveLength(academies.length);
    expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
    expect(reconciliation.totals.internalNetPence).toBe(0);
    expect(reconciliation.academies.some((academy) => academy.overBudget)).toBe(true);

    const lines = (await api.admin.get('/finance/ledger').query({ academicYear: DEMO_FINANCE_YEAR }).expect(200)).body as LedgerLineView[];
    expect(lines).toHaveLength((recharges + 1) * 2);
    expect(lines.filter((line) => line.description.startsWith('Reversal of recharge'))).toHaveLength(2);
  }, 60_000);
});
