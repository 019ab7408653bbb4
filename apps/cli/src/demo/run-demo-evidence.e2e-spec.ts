import type { ComplianceAnswer, TierHistoryEntry } from '@trust/projections';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { buildDemoTrust, type DemoAcademy } from './demo-trust.js';
import { runDemo } from './run-demo.js';
import { baseUrlOf } from './test-support/demo-test-setup.js';

describe("the demo's evidence and tier decisions, loaded through the API", () => {
  let api: TestApp;
  let baseUrl: string;
  // Registrations, evidence and decisions: the KPI history is not what this test is about.
  const kpiCommands = new Set(['SetKpiTarget', 'RecordKpi', 'CorrectKpi']);
  const academies: DemoAcademy[] = buildDemoTrust().map((academy) => ({
    ...academy,
    requests: academy.requests.filter((request) => !kpiCommands.has(request.command.type)),
  }));

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = baseUrlOf(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('loads three years of decisions with an override and a revision, and a second run appends nothing', async () => {
    const token = await tokenFor({ sub: 'demo-loader', name: 'Demo loader', roles: ['trust-admin'] });
    const requests = academies.reduce((sum, academy) => sum + academy.requests.length, 0);

    const first = await runDemo({ baseUrl, academies, token, print: () => undefined });
    expect(first).toEqual({ requests, appended: requests, replayed: 0 });
    const head = await api.head();

    const second = await runDemo({ baseUrl, academies, token, print: () => undefined });
    expect(second).toEqual({ requests, appended: 0, replayed: requests });
    expect(await api.head()).toBe(head);

    const committee = api.as(await tokenFor({ roles: ['standards-committee'] }));
    for (const academicYear of ['2022/23', '2023/24', '2024/25']) {
      const decisions = (await committee.get('/tier-decisions').query({ academicYear, minPosition: head.toString() }).expect(200)).body as TierHistoryEntry[];
      expect(new Set(decisions.map((decision) => decision.academyId)).size).toBe(academies.length);
      expect(decisions.every((decision) => decision.decidedBy.userId === 'demo-loader' && decision.decidedBy.name === 'Demo loader')).toBe(true);
    }
    const latest = (await committee.get('/tier-decisions').query({ academicYear: '2024/25' }).expect(200)).body as TierHistoryEntry[];
    expect(latest.filter((decision) => decision.override && decision.rationale !== null)).toHaveLength(1);
    const superseded = latest.filter((decision) => decision.supersededBy !== null);
    expect(superseded).toHaveLength(1);
    expect(latest.find((decision) => decision.decisionId === superseded[0]?.supersededBy)?.evidence.inspection).toMatchObject({ framework: 'eif-2024' });

    const compliance = (await committee.get('/compliance').query({ academicYear: '2024/25', minPosition: head.toString() }).expect(200)).body as ComplianceAnswer;
    expect(compliance.academies).toHaveLength(academies.length);
    expect(compliance.academies.every((academy) => academy.tier !== null && academy.sipVisits.held >= 1 && academy.reviews.held >= 1)).toBe(true);
  }, 120_000);
});
