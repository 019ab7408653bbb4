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
    // After the demo's last dated evidence (a report card of March 2026), so its decisions are recorded long after they were made.
    api = await startTestApp({ clock: () => new Date('2026-09-01T09:00:00.000Z') });
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
      // Made in the year they decide, recorded when the demo ran.
      const start = academicYear.slice(0, 4);
      expect(decisions.every((decision) => decision.decidedOn.startsWith(`${start}-09`) || decision.supersedes !== null)).toBe(true);
      expect(decisions.every((decision) => decision.recordedAt === '2026-09-01T09:00:00.000Z')).toBe(true);
    }
    const latest = (await committee.get('/tier-decisions').query({ academicYear: '2024/25' }).expect(200)).body as TierHistoryEntry[];
    expect(latest.filter((decision) => decision.override && decision.rationale !== null)).toHaveLength(1);
    const superseded = latest.filter((decision) => decision.supersededBy !== null);
    expect(superseded).toHaveLength(1);
    const revision = latest.find((decision) => decision.decisionId === superseded[0]?.supersededBy);
    expect(revision?.evidence.inspection).toMatchObject({ framework: 'eif-2024' });

    // As it stood the day before the revision was made, the first decision was in force; from that day, the revision.
    const historyOn = async (on: string): Promise<[string, string | null][]> =>
      ((await committee.get(`/academies/${revision?.academyId ?? ''}/tier-history`).query({ on }).expect(200)).body as TierHistoryEntry[])
        .filter((entry) => entry.academicYear === '2024/25')
        .map((entry) => [entry.decisionId, entry.supersededBy]);
    const dayBefore = new Date(Date.parse(`${revision?.decidedOn ?? ''}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(await historyOn(dayBefore)).toEqual([[superseded[0]?.decisionId, null]]);
    expect(await historyOn(revision?.decidedOn ?? '')).toEqual([
      [superseded[0]?.decisionId, revision?.decisionId],
      [revision?.decisionId, null],
    ]);

    const compliance = (await committee.get('/compliance').query({ academicYear: '2024/25', minPosition: head.toString() }).expect(200)).body as ComplianceAnswer;
    expect(compliance.academies).toHaveLength(academies.length);
    expect(compliance.academies.every((academy) => academy.tier !== null && academy.sipVisits.held >= 1 && academy.reviews.held >= 1)).toBe(true);
  }, 120_000);
});
