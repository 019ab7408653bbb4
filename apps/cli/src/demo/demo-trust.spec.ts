import { ACADEMY_PHASES, academyDecider, KPI_NAMES, TERMS, tierDecisionDecider, type AcademyEvent, type AcademyState, type TierDecisionState } from '@trust/domain';
import { buildDemoTrust, DEMO_ACADEMIC_YEARS, DEMO_SEED } from './demo-trust.js';

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

  it('is valid: every command, run through the academy and tier deciders in order, is accepted and appends one event', () => {
    // After the last evidence of the demo (its report cards run to 2026), before the API's clock could be.
    const now = new Date('2026-09-01T09:00:00Z');
    const decidedBy = { userId: 'demo-loader', name: 'Demo loader', role: 'trust-admin' };
    for (const academy of trust) {
      let state: AcademyState = academyDecider.initialState();
      let tiers: TierDecisionState = tierDecisionDecider.initialState();
      academy.requests.forEach(({ command, idempotencyKey }, index) => {
        const events: AcademyEvent[] =
          command.type === 'DecideTier'
            ? tierDecisionDecider.decide({ ...command, decisionId: idempotencyKey, decidedBy }, tiers, { now })
            : academyDecider.decide(command, state, { now });
        expect(events).toHaveLength(1);
        state = events.reduce(academyDecider.evolve, state);
        tiers = events.reduce((folded, event) => tierDecisionDecider.evolve(folded, event, String(index + 1)), tiers);
      });
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
