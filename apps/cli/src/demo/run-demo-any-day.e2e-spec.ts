import { addDays, nextSchoolDay, type IsoDate } from '@trust/domain';
import type { AcademyCardView, AimView, ComplianceAnswer, TierHistoryEntry } from '@trust/projections';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { runInstantCommand } from '../instant/instant-command.js';
import { auditEvents, type DemoAuditEvent } from './demo-audit.js';
import { buildDemoFinance } from './demo-finance.js';
import { DEMO_INSTANT_NAMES } from './demo-instants.js';
import { buildDemoTrust, DEMO_SEED } from './demo-trust.js';
import { demoWhatToTry } from './demo-what-to-try.js';
import { runDemo, type DemoRunSummary } from './run-demo.js';
import { baseUrlOf, demoForTimeTravel, thisYearForTimeTravel } from './test-support/demo-test-setup.js';

/*
 * The demo is the same whatever day it is loaded on: its past year's meetings and visits are recorded after
 * the fact, the current year holds what has happened in it by the server's today, and only what lies ahead is
 * dated from that day. Loaded through a test app whose clock stands on a Sunday in August, then on one whose
 * clock stands on a Tuesday in March.
 */

const DAYS = [
  { day: 'a Sunday in August', now: new Date('2026-08-16T11:00:00.000Z'), today: '2026-08-16', termsEnded: ['autumn', 'spring', 'summer'] },
  { day: 'a Tuesday in March', now: new Date('2026-03-10T10:00:00.000Z'), today: '2026-03-10', termsEnded: ['autumn'] },
];

interface DiaryBody {
  academicYear: string;
  visits: { visitId: string; visitDate: string; focusSet: boolean; recorded: boolean; reportSubmitted: boolean; reportOverdue: boolean }[];
}

describe.each(DAYS)('the demo loaded on $day', ({ now, today, termsEnded }) => {
  let api: TestApp;
  let baseUrl: string;
  let token: string;
  let first: DemoRunSummary;
  const academies = demoForTimeTravel();
  const finance = buildDemoFinance(buildDemoTrust(), DEMO_SEED);
  const printed: string[] = [];

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    baseUrl = baseUrlOf(api);
    token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    first = await runDemo({ baseUrl, academies, thisYear: thisYearForTimeTravel(today), finance, improvementCycle: { today }, token, print: (line) => printed.push(line) });
  }, 480_000);

  afterAll(async () => {
    await api.close();
  });

  it('holds the three AIMs of 2024/25 of every academy, and records the short-notice AIM\'s documents overdue', async () => {
    const head = (await api.head()).toString();
    const compliance = (await api.admin.get('/compliance').query({ academicYear: '2024/25', minPosition: head }).expect(200)).body as ComplianceAnswer;
    expect(compliance.academies.map((academy) => [academy.academyId, academy.aims.held])).toEqual(academies.map((academy) => [academy.academyId, 3]));

    expect(first.overdueAim).toEqual({ academyId: '145678', aimId: expect.any(String) as unknown });
    const aims = (await api.admin.get('/academies/145678/aims').query({ minPosition: head }).expect(200)).body as AimView[];
    expect(aims.map((aim) => aim.status)).toEqual(['reported', 'reported', 'reported', 'scheduled', 'scheduled']);
    const overdue = aims.filter((aim) => aim.overdueDocuments.length > 0);
    expect(overdue).toEqual([
      expect.objectContaining({ aimId: first.overdueAim?.aimId, date: nextSchoolDay(today as IsoDate), overdueDocuments: ['headteacher-report', 'improvement-plan', 'previous-aim-report'] }) as unknown,
    ]);
    expect(printed).toContainEqual(expect.stringMatching(/^\[aims\] 36 AIMs of 2024\/25 recorded after the fact, held and reported; 13 planned from \d{4}-\d{2}-\d{2}, 145678's at short notice/));
  });

  it("holds 2025/26 up to today: each card the figures of the terms ended, the tier history the year's decision of September", async () => {
    const head = (await api.head()).toString();
    for (const { academyId } of academies) {
      const card = (await api.admin.get(`/academies/${academyId}/card`).query({ minPosition: head }).expect(200)).body as AcademyCardView;
      const figures = card.kpis.filter((kpi) => kpi.academicYear === '2025/26' && kpi.value !== null);
      expect({ academyId, terms: [...new Set(figures.map((kpi) => kpi.term))], figures: figures.length }).toEqual({ academyId, terms: termsEnded, figures: 5 * termsEnded.length });
      expect(card.kpis.filter((kpi) => kpi.academicYear === '2025/26' && kpi.target !== null).length).toBeGreaterThanOrEqual(5);
    }
    const history = (await api.admin.get('/academies/145678/tier-history').query({ minPosition: head }).expect(200)).body as TierHistoryEntry[];
    expect(history.filter((entry) => entry.academicYear === '2025/26')).toEqual([expect.objectContaining({ decidedOn: '2025-09-12', supersedes: null }) as unknown]);
    const card = (await api.admin.get('/academies/145678/card').query({ minPosition: head }).expect(200)).body as AcademyCardView;
    expect(card.tierAcademicYear).toBe('2025/26');
    expect(printed).toContainEqual(expect.stringMatching(/^\[this year\] 2025\/26 up to \d{4}-\d{2}-\d{2}: KPI targets, .*, the tier decided on 2025-09-12, for 12 academies: /));
  });

  it("records the 2024/25 peer review visits after the fact, and plans the coming ones from today", async () => {
    const head = (await api.head()).toString();
    const groups: DemoAuditEvent[] = [];
    for await (const event of auditEvents({ baseUrl, token, print: () => undefined }, 'PeerReviewGroupFormed')) groups.push(event);
    const diaries = await Promise.all(groups.map(async (group) => (await api.admin.get(`/peer-reviews/${String(group.data?.['groupId'])}`).query({ minPosition: head }).expect(200)).body as DiaryBody));
    const past = diaries.filter((diary) => diary.academicYear === '2024/25').flatMap((diary) => diary.visits);
    expect(past).toHaveLength(24);
    expect(past.every((visit) => visit.focusSet && visit.recorded && visit.reportSubmitted && !visit.reportOverdue)).toBe(true);
    const planned = diaries.filter((diary) => diary.academicYear !== '2024/25').flatMap((diary) => diary.visits);
    expect(planned).toHaveLength(24);
    expect(planned.every((visit) => visit.visitDate > today && visit.focusSet && !visit.recorded)).toBe(true);

    const concerns = (await api.admin.get('/safeguarding-concerns').query({ minPosition: head }).expect(200)).body as unknown[];
    expect(concerns).toHaveLength(1);
  });

  it('names each instant just before the event it is named after, and a read as of it does not see the change', async () => {
    for (const name of DEMO_INSTANT_NAMES) {
      const instant = await runInstantCommand(name, { baseUrl, token });
      const type = { 'before-correction': 'KpiCorrected', 'before-revision': 'TierAssigned', 'before-reversal': 'RechargeReversed' }[name];
      const matches = (event: DemoAuditEvent): boolean => name !== 'before-revision' || typeof event.data?.['supersedes'] === 'string';
      const before = (await api.admin.get('/audit').query({ type, to: instant, limit: 1000 }).expect(200)).body as DemoAuditEvent[];
      expect({ name, before: before.filter(matches) }).toEqual({ name, before: [] });
      const after = (await api.admin.get('/audit').query({ type, from: instant, limit: 1000 }).expect(200)).body as DemoAuditEvent[];
      const event = after.find(matches);
      expect(Date.parse(event?.recordedAt ?? '') - Date.parse(instant)).toBe(1);
    }

    const revisionAt = await runInstantCommand('before-revision', { baseUrl, token });
    const revised = academies.find((academy) => academy.requests.some((request) => request.command.type === 'DecideTier'));
    const history = (path: string, asOf?: string): Promise<TierHistoryEntry[]> =>
      api.admin.get(path).query(asOf === undefined ? {} : { asOf }).expect(200).then((response) => response.body as TierHistoryEntry[]);
    const path = `/academies/${revised?.academyId ?? ''}/tier-history`;
    const thisYear = (entries: TierHistoryEntry[]): TierHistoryEntry[] => entries.filter((entry) => entry.academicYear === '2024/25');
    expect(thisYear(await history(path, revisionAt))).toHaveLength(1);
    expect(thisYear(await history(path))).toHaveLength(2);

    const lines = await demoWhatToTry({ baseUrl, token, print: () => undefined }, first);
    expect(lines.filter((line) => line.includes('npm run --silent cli -- instant '))).toHaveLength(3);
    expect(lines).toContainEqual(expect.stringContaining(`short-notice AIM ${first.overdueAim?.aimId ?? ''}`));
  });

  it('appends nothing when loaded again, the same day or a week later', async () => {
    const head = await api.head();
    for (const again of [today, addDays(today as IsoDate, 7)]) {
      const summary = await runDemo({ baseUrl, academies, thisYear: thisYearForTimeTravel(again), finance, improvementCycle: { today: again }, token, print: () => undefined });
      expect({ again, appended: summary.appended, overdueAim: summary.overdueAim }).toEqual({ again, appended: 0, overdueAim: first.overdueAim });
    }
    expect(await api.head()).toBe(head);
  }, 300_000);
});
