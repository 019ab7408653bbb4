import { addDays, nextSchoolDay, type IsoDate, type Reconciliation, type Term } from '@trust/domain';
import { waitForCheckpoint } from '@trust/projection-runner';
import {
  allProjections,
  type AcademyCardView,
  type AimView,
  type ComplianceAnswer,
  type ImprovementPlanWithImpact,
  type LedgerLineView,
  type TierHistoryEntry,
} from '@trust/projections';
import { startTestApp, type TestApp } from '../../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../../api/test/test-support/tokens.js';
import { runInstantCommand } from '../../instant/instant-command.js';
import { formatProjections, projectionsStatusOverHttp, rebuildOverHttp, type ProgressDisplay } from '../../projections/projections-command.js';
import { auditEvents, type DemoAuditEvent } from '../demo-audit.js';
import { buildDemoExpertise } from '../demo-expertise.js';
import { buildDemoFinance, DEMO_FINANCE_YEAR } from '../demo-finance.js';
import { DEMO_INSTANT_NAMES, findDemoInstant } from '../demo-instants.js';
import { DEMO_PLAN_TO_TRY } from '../demo-plans.js';
import { buildDemoThisYear } from '../demo-this-year.js';
import { buildDemoTrust, DEMO_SEED } from '../demo-trust.js';
import { demoWhatToTry } from '../demo-what-to-try.js';
import { runDemo, type DemoRunSummary } from '../run-demo.js';
import { baseUrlOf } from './demo-test-setup.js';

/*
 * The whole demo, as `npm run demo -- --today <day>` loads it, through a test app whose clock stands still on the
 * day: the past years, the current year as far as the day, the finances and the improvement cycle. Its past is
 * fixed, so the same AIMs, visits, decisions and finances are there whatever the day; only what lies ahead is
 * dated from it. Each day has its own spec file, so the two days' apps load side by side on separate test workers,
 * and every check of the demo runs against the one load of its day.
 */

export interface DemoDay {
  /** How the day reads in the test names. */
  day: string;
  /** The test app's clock, which stands still at this instant. */
  now: Date;
  /** The terms of the current year (2025/26) ended by the day: their figures are in. */
  termsEnded: Term[];
  /** The academic year whose peer review diary is planned from the day (the next one once too little of this one is left). */
  plannedYear: string;
}

interface DiaryBody {
  academicYear: string;
  visits: { visitId: string; visitDate: string; focusSet: boolean; recorded: boolean; reportSubmitted: boolean; reportOverdue: boolean }[];
}

export function describeDemoLoadedOn({ day, now, termsEnded, plannedYear }: DemoDay): void {
  describe(`the whole demo, loaded on ${day}`, () => {
    const today = now.toISOString().slice(0, 10);
    const academies = buildDemoTrust();
    const finance = buildDemoFinance(academies, DEMO_SEED);
    let api: TestApp;
    let baseUrl: string;
    let token: string;
    let first: DemoRunSummary;
    const printed: string[] = [];

    const load = (on: string, print: (line: string) => void): Promise<DemoRunSummary> =>
      runDemo({ baseUrl, academies, thisYear: buildDemoThisYear(on), finance, improvementCycle: { today: on }, token, print });

    // The whole demo is some two thousand commands: minutes when the machine is shared.
    beforeAll(async () => {
      api = await startTestApp({ clock: () => now });
      baseUrl = baseUrlOf(api);
      token = await tokenFor({ sub: 'demo-loader', name: 'Demo loader', roles: ['trust-admin'] });
      first = await load(today, (line) => printed.push(line));
    }, 600_000);

    afterAll(async () => {
      await api.close();
    });

    it("holds the three AIMs of 2024/25 of every academy, and records the short-notice AIM's documents overdue", async () => {
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

    it("holds 2025/26 up to the day: each card the figures of the terms ended, the tier history the year's decision of September", async () => {
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

    it('records the 2024/25 peer review visits after the fact, plans the coming ones from the day, and lists twenty staff', async () => {
      const head = (await api.head()).toString();
      expect(printed).toContainEqual(
        expect.stringMatching(
          new RegExp(`^\\[peer reviews\\] 2 groups of 2024/25 \\(24 visits recorded after the fact\\), 2 groups of ${plannedYear} \\(24 visits planned from ${today}\\): \\d+ events appended, 0 already loaded$`),
        ),
      );
      const groups: DemoAuditEvent[] = [];
      for await (const event of auditEvents({ baseUrl, token, print: () => undefined }, 'PeerReviewGroupFormed')) groups.push(event);
      const diaries = await Promise.all(groups.map(async (group) => (await api.admin.get(`/peer-reviews/${String(group.data?.['groupId'])}`).query({ minPosition: head }).expect(200)).body as DiaryBody));
      const past = diaries.filter((diary) => diary.academicYear === '2024/25').flatMap((diary) => diary.visits);
      expect(past).toHaveLength(24);
      expect(past.every((visit) => visit.focusSet && visit.recorded && visit.reportSubmitted && !visit.reportOverdue)).toBe(true);
      const planned = diaries.filter((diary) => diary.academicYear === plannedYear).flatMap((diary) => diary.visits);
      expect(planned).toHaveLength(24);
      expect(planned.every((visit) => visit.visitDate > today && visit.focusSet && !visit.recorded)).toBe(true);

      const concerns = (await api.admin.get('/safeguarding-concerns').query({ minPosition: head }).expect(200)).body as unknown[];
      expect(concerns).toHaveLength(1);

      expect(printed).toContain('[expertise] 20 staff listed, 1 withdrawn: 21 events appended, 0 already loaded');
      const phonics = (await api.admin.get('/expertise').query({ area: 'phonics', minPosition: head }).expect(200)).body as unknown[];
      const { entries, withdrawn } = buildDemoExpertise(academies);
      const listed = entries.filter((entry) => entry.areas.includes('phonics') && !withdrawn.some((gone) => gone.staffId === entry.staffId));
      expect(listed.length).toBeGreaterThan(0);
      expect(phonics.length).toBeGreaterThanOrEqual(listed.length);
    });

    it('holds three years of tier decisions with an override and a revision, each as it stood before and after the revision', async () => {
      const head = (await api.head()).toString();
      const committee = api.as(await tokenFor({ roles: ['standards-committee'] }));
      for (const academicYear of ['2022/23', '2023/24', '2024/25']) {
        const decisions = (await committee.get('/tier-decisions').query({ academicYear, minPosition: head }).expect(200)).body as TierHistoryEntry[];
        expect({ academicYear, academies: new Set(decisions.map((decision) => decision.academyId)).size }).toEqual({ academicYear, academies: academies.length });
        expect(decisions.every((decision) => decision.decidedBy.userId === 'demo-loader' && decision.decidedBy.name === 'Demo loader')).toBe(true);
        // Made in the year they decide, recorded when the demo ran.
        const start = academicYear.slice(0, 4);
        expect(decisions.every((decision) => decision.decidedOn.startsWith(`${start}-09`) || decision.supersedes !== null)).toBe(true);
        expect(decisions.every((decision) => decision.recordedAt === now.toISOString())).toBe(true);
      }
      const latest = (await committee.get('/tier-decisions').query({ academicYear: '2024/25' }).expect(200)).body as TierHistoryEntry[];
      expect(latest.filter((decision) => decision.override && decision.rationale !== null)).toHaveLength(1);
      const superseded = latest.filter((decision) => decision.supersededBy !== null);
      expect(superseded).toHaveLength(1);
      const revision = latest.find((decision) => decision.decisionId === superseded[0]?.supersededBy);
      expect(revision?.evidence.inspection).toMatchObject({ framework: 'eif-2024' });

      const historyOn = async (on: string): Promise<[string, string | null][]> =>
        ((await committee.get(`/academies/${revision?.academyId ?? ''}/tier-history`).query({ on }).expect(200)).body as TierHistoryEntry[])
          .filter((entry) => entry.academicYear === '2024/25')
          .map((entry) => [entry.decisionId, entry.supersededBy]);
      expect(await historyOn(addDays((revision?.decidedOn ?? '') as IsoDate, -1))).toEqual([[superseded[0]?.decisionId, null]]);
      expect(await historyOn(revision?.decidedOn ?? '')).toEqual([
        [superseded[0]?.decisionId, revision?.decisionId],
        [revision?.decisionId, null],
      ]);

      const compliance = (await committee.get('/compliance').query({ academicYear: '2024/25', minPosition: head }).expect(200)).body as ComplianceAnswer;
      expect(compliance.academies).toHaveLength(academies.length);
      expect(compliance.academies.every((academy) => academy.tier !== null && academy.sipVisits.held >= 1 && academy.reviews.held >= 1)).toBe(true);
    });

    it('holds a balanced year of finances with a reversal and an overspend', async () => {
      const head = (await api.head()).toString();
      const recharges = finance.filter(({ command }) => command.type === 'LogRecharge').length;
      const coreDays = finance.filter(({ command }) => command.type === 'LogCoreDay').length;
      expect(printed).toContain(
        `[finance] 1 rate card, ${academies.length} budgets, ${coreDays} core days, ${recharges} recharges, 1 reversal: ${finance.length} events appended, 0 already loaded`,
      );

      const reconciliation = (await api.admin.get('/finance/reconciliation').query({ academicYear: DEMO_FINANCE_YEAR, minPosition: head }).expect(200)).body as Reconciliation;
      expect(reconciliation.academies).toHaveLength(academies.length);
      expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
      expect(reconciliation.totals.internalNetPence).toBe(0);
      expect(reconciliation.academies.some((academy) => academy.overBudget)).toBe(true);

      const lines = (await api.admin.get('/finance/ledger').query({ academicYear: DEMO_FINANCE_YEAR, minPosition: head }).expect(200)).body as LedgerLineView[];
      expect(lines).toHaveLength((recharges + 1) * 2);
      expect(lines.filter((line) => line.description.startsWith('Reversal of recharge'))).toHaveLength(2);
    });

    it("holds every academy's improvement plan of 2022/23 to 2025/26, the past years closed, 2024/25's rated at each AIM and by its peer visits' hosts", async () => {
      const head = (await api.head()).toString();
      const planOf = async (academyId: string, academicYear: string, query: Record<string, string> = {}): Promise<ImprovementPlanWithImpact> =>
        (await api.admin.get(`/academies/${academyId}/improvement-plans/${academicYear.replace('/', '-')}`).query({ minPosition: head, ...query }).expect(200)).body as ImprovementPlanWithImpact;
      for (const academy of academies) {
        const plans = await Promise.all(['2022/23', '2023/24', '2024/25', '2025/26'].map((year) => planOf(academy.academyId, year)));
        expect({ academyId: academy.academyId, statuses: plans.map((plan) => plan.status) }).toEqual({ academyId: academy.academyId, statuses: ['closed', 'closed', 'closed', 'confirmed'] });
        for (const plan of plans) {
          expect([2, 3]).toContain(plan.priorities.length);
          expect(plan.priorities.every((priority) => priority.targets.length === 1 && priority.actions.length >= 2 && priority.ragHistory.length >= 2)).toBe(true);
        }
        // The past year's AIMs rated every priority of the plan, in the order they were held.
        const aims = ((await api.admin.get(`/academies/${academy.academyId}/aims`).query({ minPosition: head }).expect(200)).body as AimView[]).filter((aim) => aim.date < '2025-09-01');
        const past = plans[2]!;
        for (const priority of past.priorities) {
          const atAims = priority.ragHistory.filter((rating) => rating.source.kind === 'aim');
          expect(atAims.map((rating) => [rating.source.aimId, rating.ratedOn])).toEqual(aims.map((aim) => [aim.aimId, aim.date]));
        }
        expect(past.confirmations[0]?.aimId).toBe(aims[0]?.aimId);
      }

      // Harbour Lights: its priorities' ratings move across the AIMs, one amended at the spring AIM, its support under-delivered.
      const { academyId, academicYear } = DEMO_PLAN_TO_TRY;
      const demoPlan = academies.find((academy) => academy.academyId === academyId)?.plans.find((plan) => plan.academicYear === academicYear);
      const plan = await planOf(academyId, academicYear);
      expect(plan.priorities.map((priority) => priority.title)).toEqual(demoPlan?.priorities.map((priority) => priority.title));
      expect(plan.priorities.map((priority) => priority.ragHistory.filter((rating) => rating.source.kind === 'aim').map((rating) => rating.rating))).toEqual(
        demoPlan?.priorities.map((priority) => [priority.terms.autumn, priority.terms.spring, priority.terms.summer]),
      );
      const teaching = plan.priorities.find((priority) => priority.targets[0]?.kpi === 'teaching');
      expect(teaching?.ragHistory.map((rating) => [rating.source.kind, rating.rating])).toEqual([
        ['direct', 'red'],
        ['aim', 'red'],
        ['aim', 'amber'],
        ['aim', 'red'],
      ]);
      const aims = ((await api.admin.get(`/academies/${academyId}/aims`).query({ minPosition: head }).expect(200)).body as AimView[]).filter((aim) => aim.date < '2025-09-01');
      const amended = plan.priorities.flatMap((priority) => priority.amendments);
      expect(amended.length).toBeGreaterThanOrEqual(1);
      expect(amended.every((amendment) => amendment.aimId === aims[1]?.aimId && amendment.owners.some((owner) => owner.role === 'improvement-director'))).toBe(true);
      expect(plan.confirmations.map((confirmation) => confirmation.aimId)).toEqual([aims[0]?.aimId, aims[1]?.aimId]);
      expect(plan.priorities.flatMap((priority) => priority.actions.map((action) => action.status))).toContain('done');
      expect(plan.commitments.map((commitment) => [commitment.kind, commitment.deliveredInFull])).toEqual([
        ['central-team', false],
        ['additional-reviews', true],
      ]);
      expect(plan.commitments[0]?.undelivered).toEqual({ coreDays: 1, developmentDays: 0, reviews: 0 });

      // The hosts of peer review visits rated their priorities in the visits' focus.
      const host = await planOf('145678', '2024/25');
      expect(host.priorities.flatMap((priority) => priority.ragHistory).filter((rating) => rating.source.kind === 'peer-visit').length).toBeGreaterThanOrEqual(3);

      // Compliance shows the support committed against what delivered it: some of it not delivered.
      const compliance = (await api.admin.get('/compliance').query({ academicYear: '2024/25', minPosition: head }).expect(200)).body as ComplianceAnswer;
      const committed = compliance.academies.filter((entry) => entry.committedSupport.commitments.length > 0);
      expect(committed.map((entry) => entry.academyId).sort()).toEqual(['142567', '144212', '145678', '146034', '147851', '149765', '150904']);
      expect(committed.filter((entry) => entry.committedSupport.commitments.some((commitment) => !commitment.deliveredInFull)).length).toBeGreaterThanOrEqual(1);
      expect(committed.flatMap((entry) => entry.committedSupport.commitments).filter((commitment) => commitment.deliveredInFull).length).toBeGreaterThanOrEqual(5);
      expect(printed).toContainEqual(expect.stringMatching(/^\[plans\] 48 improvement plans of 2022\/23 to 2025\/26: \d+ priorities, \d+ actions /));
    });

    it('names each instant just before the event it is named after, and a read as of it does not see the change', async () => {
      const springAim = await findDemoInstant({ baseUrl, token, print: () => undefined }, 'before-spring-aim');
      for (const name of DEMO_INSTANT_NAMES) {
        const instant = await runInstantCommand(name, { baseUrl, token });
        const type = { 'before-correction': 'KpiCorrected', 'before-revision': 'TierAssigned', 'before-reversal': 'RechargeReversed', 'before-spring-aim': 'AimHeld' }[name];
        const matches = (event: DemoAuditEvent): boolean =>
          name === 'before-revision' ? typeof event.data?.['supersedes'] === 'string' : name === 'before-spring-aim' ? event.data?.['aimId'] === springAim?.event.data?.['aimId'] : true;
        const before = (await api.admin.get('/audit').query({ type, to: instant, limit: 1000 }).expect(200)).body as DemoAuditEvent[];
        expect({ name, before: before.filter(matches) }).toEqual({ name, before: [] });
        const after = (await api.admin.get('/audit').query({ type, from: instant, limit: 1000 }).expect(200)).body as DemoAuditEvent[];
        const event = after.find(matches);
        expect(Date.parse(event?.recordedAt ?? '') - Date.parse(instant)).toBe(1);
      }

      const revisionAt = await runInstantCommand('before-revision', { baseUrl, token });
      const revised = academies.find((academy) => academy.requests.filter(({ command }) => command.type === 'DecideTier' && command.academicYear === '2024/25').length > 1);
      const history = (path: string, asOf?: string): Promise<TierHistoryEntry[]> =>
        api.admin.get(path).query(asOf === undefined ? {} : { asOf }).expect(200).then((response) => response.body as TierHistoryEntry[]);
      const path = `/academies/${revised?.academyId ?? ''}/tier-history`;
      const pastYear = (entries: TierHistoryEntry[]): TierHistoryEntry[] => entries.filter((entry) => entry.academicYear === '2024/25');
      expect(pastYear(await history(path, revisionAt))).toHaveLength(1);
      expect(pastYear(await history(path))).toHaveLength(2);

      // Harbour Lights' plan just before its spring AIM, and now: the AIM's ratings and the amendment made at it.
      const planPath = `/academies/${DEMO_PLAN_TO_TRY.academyId}/improvement-plans/2024-25`;
      const before = (await api.admin.get(planPath).query({ asOf: springAim?.instant ?? '' }).expect(200)).body as ImprovementPlanWithImpact;
      const now = (await api.admin.get(planPath).expect(200)).body as ImprovementPlanWithImpact;
      const atAims = (read: ImprovementPlanWithImpact): number => read.priorities.flatMap((priority) => priority.ragHistory).filter((rating) => rating.source.kind === 'aim').length;
      expect(atAims(before)).toBe(before.priorities.length);
      expect(atAims(now)).toBe(3 * now.priorities.length);
      expect(before.priorities.flatMap((priority) => priority.amendments)).toEqual([]);
      expect(now.priorities.flatMap((priority) => priority.amendments).length).toBeGreaterThanOrEqual(1);
      expect([before.status, before.confirmations.length, now.status]).toEqual(['confirmed', 1, 'closed']);

      const lines = await demoWhatToTry({ baseUrl, token, print: () => undefined }, first);
      expect(lines.filter((line) => line.includes('npm run --silent cli -- instant '))).toHaveLength(DEMO_INSTANT_NAMES.length);
      expect(lines).toContainEqual(expect.stringContaining(planPath));
      expect(lines).toContainEqual(expect.stringContaining(`short-notice AIM ${first.overdueAim?.aimId ?? ''}`));
    });

    it('appends nothing when loaded again, the same day or a week later', async () => {
      const head = await api.head();
      for (const again of [today, addDays(today as IsoDate, 7)]) {
        const lines: string[] = [];
        const summary = await load(again, (line) => lines.push(line));
        expect({ again, appended: summary.appended, overdueAim: summary.overdueAim }).toEqual({ again, appended: 0, overdueAim: first.overdueAim });
        expect(lines).toContain("[peer reviews] already loaded: the groups' diaries hold their visits, nothing appended");
      }
      expect(await api.head()).toBe(head);
    }, 300_000);

    it('rebuilds every read model over it identically, row by row, none of them empty, the bar reaching 100%', async () => {
      const head = await api.head();
      const names = allProjections().map((projection) => projection.name);
      expect(await waitForCheckpoint(api.database.pool, names, head, 30_000)).toBe(true);
      const before = await snapshot(api);
      expect([...before].filter(([, rows]) => rows.length === 0).map(([table]) => table)).toEqual([]);

      for (const projection of allProjections()) {
        const shown: number[] = [];
        const bar: ProgressDisplay = { start: (_total, value) => shown.push(value), update: (value) => shown.push(value), stop: () => undefined };
        const job = await rebuildOverHttp({ baseUrl, token, name: projection.name, bar, pollMs: 20 });
        expect(job).toMatchObject({ state: 'completed', progress: 100, result: { projection: projection.name, position: head.toString() } });
        expect(shown.at(-1)).toBe(100);
      }

      const after = await snapshot(api);
      for (const [table, rowsBefore] of before) expect({ table, rows: after.get(table) }).toEqual({ table, rows: rowsBefore });
      const status = await projectionsStatusOverHttp({ baseUrl, token });
      expect(status).toEqual(
        formatProjections(
          head.toString(),
          allProjections().map((projection) => ({ name: projection.name, position: head.toString(), status: 'running', behind: '0', lagSeconds: 0, failedPosition: null, lastError: null })),
        ),
      );
    }, 240_000);
  });
}

/** Every row of every read model's tables, as JSON, in a total order. */
async function snapshot(api: TestApp): Promise<Map<string, string[]>> {
  const tables = allProjections().flatMap((projection) => projection.tables);
  const rowsOf = async (table: string): Promise<string[]> =>
    (await api.database.pool.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`)).rows.map(({ row }) => row);
  return new Map(await Promise.all(tables.map(async (table): Promise<[string, string[]]> => [table, await rowsOf(table)])));
}
