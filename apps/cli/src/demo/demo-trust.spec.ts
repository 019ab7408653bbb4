import { ACADEMY_PHASES, KPI_NAMES, TERMS } from '@trust/domain';
import { buildDemoTrust, DEMO_ACADEMIC_YEARS, DEMO_SEED } from './demo-trust.js';
import { DemoLedger, isPlanCommand } from './test-support/demo-decisions.js';

const EVIDENCE_ROUTES = {
  RecordInspection: 'inspections',
  RecordAnnualReview: 'annual-reviews',
  RecordOutcome: 'outcomes',
  AssessRisk: 'risk-assessments',
  RecordBaseline: 'baseline',
  AssignSip: 'sip-assignments',
  RecordSipVisit: 'sip-visits',
  RecordCommissionedReview: 'reviews',
  DecideTier: 'tier-decisions',
} as const;

describe('the demo trust', () => {
  const trust = buildDemoTrust();
  const requests = trust.flatMap((academy) => academy.requests);
  const commandsOf = <T extends string>(type: T) => requests.flatMap((request) => (request.command.type === type ? [request.command] : []));

  it('has about a dozen academies with distinct URNs, in two or three hubs, of every phase', () => {
    expect(trust).toHaveLength(12);
    expect(new Set(trust.map((academy) => academy.academyId)).size).toBe(12);
    for (const academy of trust) expect(academy.academyId).toMatch(/^\d{6}$/);
    expect(new Set(trust.map((academy) => academy.hub)).size).toBe(3);
    expect(new Set(trust.map((academy) => academy.phase))).toEqual(new Set(ACADEMY_PHASES));
  });

  it('registers each academy first, a couple of them with predecessor URNs', () => {
    for (const academy of trust) {
      expect(academy.requests[0]?.command).toMatchObject({ type: 'RegisterAcademy', academyId: academy.academyId });
      expect(academy.requests.filter((request) => request.command.type === 'RegisterAcademy')).toHaveLength(1);
    }
    const withPredecessors = commandsOf('RegisterAcademy').filter((command) => command.type === 'RegisterAcademy' && (command.predecessorUrns ?? []).length > 0);
    expect(withPredecessors.length).toBeGreaterThanOrEqual(2);
  });

  it('sets a target for every KPI in each of three academic years, for every academy', () => {
    const targets = commandsOf('SetKpiTarget');
    expect(targets).toHaveLength(12 * 3 * KPI_NAMES.length);
    for (const academy of trust) {
      for (const academicYear of DEMO_ACADEMIC_YEARS) {
        for (const kpi of KPI_NAMES) {
          expect(targets.filter((t) => t.type === 'SetKpiTarget' && t.academyId === academy.academyId && t.academicYear === academicYear && t.kpi === kpi)).toHaveLength(1);
        }
      }
    }
  });

  it('records every KPI in every term of the three years, attendance always with the national average', () => {
    const figures = commandsOf('RecordKpi');
    expect(figures).toHaveLength(12 * 3 * TERMS.length * KPI_NAMES.length);
    const keys = new Set(figures.map((f) => (f.type === 'RecordKpi' ? `${f.academyId}|${f.academicYear}|${f.term}|${f.kpi}` : '')));
    expect(keys.size).toBe(figures.length);
    for (const figure of figures) {
      if (figure.type !== 'RecordKpi') continue;
      expect(DEMO_ACADEMIC_YEARS).toContain(figure.academicYear);
      if (figure.kpi === 'attendance') expect(figure.nationalAverage).toEqual(expect.any(Number));
      else expect(figure.nationalAverage).toBeUndefined();
    }
  });

  it('makes a few corrections, each of a figure recorded earlier in its academy', () => {
    const corrections = commandsOf('CorrectKpi');
    expect(corrections.length).toBeGreaterThanOrEqual(3);
    expect(corrections.length).toBeLessThanOrEqual(8);
    for (const academy of trust) {
      academy.requests.forEach((request, index) => {
        const correction = request.command;
        if (correction.type !== 'CorrectKpi') return;
        const earlier = academy.requests.slice(0, index).some(
          ({ command }) =>
            command.type === 'RecordKpi' && command.kpi === correction.kpi && command.academicYear === correction.academicYear && command.term === correction.term,
        );
        expect(earlier).toBe(true);
      });
    }
  });

  it('is valid: every command, run through the academy, tier and improvement plan deciders in order, is accepted and appends one event', () => {
    // After the last evidence of the demo (its report cards run to 2026), before the API's clock could be.
    const now = new Date('2026-09-01T09:00:00Z');
    for (const academy of trust) {
      const ledger = new DemoLedger(now);
      // 2024/25's plan is completed at its AIMs (demo-aims.spec.ts), whose ids its follow-ups name.
      academy.requests.forEach((request) => expect({ type: request.command.type, events: ledger.decide(request).length }).toEqual({ type: request.command.type, events: 1 }));
    }
  });

  it("weaves each academy's plan of each past year into its history: drafted once the year's tier is decided, reviewed and closed after the summer review but for 2024/25", () => {
    const now = new Date('2026-09-01T09:00:00Z');
    for (const academy of trust) {
      expect(academy.plans.map((plan) => plan.academicYear)).toEqual([...DEMO_ACADEMIC_YEARS]);
      const types = academy.requests.map((request) => request.command.type);
      for (const plan of academy.plans) {
        const drafted = academy.requests.findIndex((request) => request.idempotencyKey === plan.opening[0]?.idempotencyKey);
        const decided = academy.requests.findIndex((request) => request.command.type === 'DecideTier' && request.command.academicYear === plan.academicYear);
        expect(drafted).toBe(decided + 1);
      }
      expect(types.filter((type) => type === 'CloseImprovementPlanYear')).toHaveLength(2);
      const ledger = new DemoLedger(now);
      ledger.run(academy.requests);
      expect(DEMO_ACADEMIC_YEARS.map((year) => ledger.plan(academy.academyId, year).status)).toEqual(['closed', 'closed', 'draft']);
      for (const plan of academy.plans) {
        expect([2, 3]).toContain(plan.priorities.length);
        expect(new Set(plan.priorities.map((priority) => priority.kpi)).size).toBe(plan.priorities.length);
      }
    }
  });

  it('names the support commitment a commissioned review delivers, for the Tier 2 and Tier 3 academies of each year', () => {
    const now = new Date('2026-09-01T09:00:00Z');
    const delivered = trust.flatMap((academy) => {
      const ledger = new DemoLedger(now);
      return ledger.run(academy.requests).flat().flatMap((event) => (event.type === 'CommissionedReviewCompleted' && event.data.commitmentId !== null ? [event.data] : []));
    });
    expect(new Set(delivered.map((review) => review.academicYear))).toEqual(new Set(DEMO_ACADEMIC_YEARS));
    for (const academy of trust) {
      for (const plan of academy.plans) {
        for (const commitment of plan.commitments.filter((each) => each.reviews > 0)) {
          const own = academy.requests.filter((request) => request.command.type === 'RecordCommissionedReview' && request.command.commitmentId === `{id:${commitment.key}}`);
          expect({ academyId: academy.academyId, year: plan.academicYear, reviews: own.length }).toEqual({ academyId: academy.academyId, year: plan.academicYear, reviews: commitment.reviews });
        }
      }
    }
  });

  it('sends each request to the route of its command, with a body the route accepts', () => {
    for (const { command, path, body } of requests) {
      expect(body).not.toHaveProperty('type');
      switch (command.type) {
        case 'RegisterAcademy':
          expect(path).toBe('/academies');
          expect(body).toHaveProperty('academyId', command.academyId);
          break;
        case 'SetKpiTarget':
          expect(path).toBe(`/academies/${command.academyId}/kpi-targets`);
          break;
        case 'RecordKpi':
          expect(path).toBe(`/academies/${command.academyId}/kpis`);
          break;
        case 'CorrectKpi':
          expect(path).toBe(`/academies/${command.academyId}/kpis/corrections`);
          break;
        case 'RecordInspection':
        case 'RecordAnnualReview':
        case 'RecordOutcome':
        case 'AssessRisk':
        case 'RecordBaseline':
        case 'AssignSip':
        case 'RecordSipVisit':
        case 'RecordCommissionedReview':
        case 'DecideTier':
          expect(path).toBe(`/academies/${command.academyId}/${EVIDENCE_ROUTES[command.type]}`);
          break;
        case 'DraftImprovementPlan':
          expect(path).toBe(`/academies/${command.academyId}/improvement-plans`);
          expect(body).toEqual({ academicYear: command.academicYear, draftedOn: command.draftedOn });
          break;
        case 'AddPlanPriority':
        case 'AmendPlanPriority':
        case 'AddPlanAction':
        case 'AmendPlanAction':
        case 'RatePlanPriority':
        case 'ConfirmImprovementPlan':
        case 'CloseImprovementPlanYear':
        case 'CommitPlanSupport':
          expect(path).toMatch(new RegExp(`^/academies/${command.academyId}/improvement-plans/${command.academicYear.replace('/', '-')}/`));
          expect(isPlanCommand(command)).toBe(true);
          expect(body).not.toHaveProperty('academicYear');
          // Every change of a plan carries the day it was made, so the plan reads `on` its days as it stood.
          if (command.type !== 'RatePlanPriority') expect(Object.keys(body).filter((field) => /^(added|amended|confirmed|closed|committed)On$/.test(field))).toHaveLength(1);
          break;
        default: {
          const _exhaustive: never = command;
          throw new Error(`unexpected command ${String(_exhaustive)}`);
        }
      }
      if (command.type !== 'RegisterAcademy') expect(body).not.toHaveProperty('academyId');
    }
  });

  it('is deterministic, with an Idempotency-Key per request derived from its content', () => {
    expect(buildDemoTrust(DEMO_SEED)).toEqual(trust);
    expect(buildDemoTrust(DEMO_SEED + 1)).not.toEqual(trust);
    const keys = requests.map((request) => request.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^demo-[0-9a-f]{40}$/);
  });
});
