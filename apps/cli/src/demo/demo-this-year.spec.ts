import type { RecordKpi, SetKpiTarget } from '@trust/domain';
import { buildDemoThisYear, describeDemoThisYear, type DemoThisYear } from './demo-this-year.js';
import { buildDemoTrust } from './demo-trust.js';
import { DemoLedger, decisionsOf } from './test-support/demo-decisions.js';

/** Every academy's past and this year's requests through the deciders, the clock at noon on `today`. */
function decisionsOfYear(thisYear: DemoThisYear): ReturnType<typeof decisionsOf> {
  const now = new Date(`${thisYear.today}T12:00:00Z`);
  return buildDemoTrust().flatMap((academy) => {
    const more = thisYear.academies.find((each) => each.academyId === academy.academyId)?.requests ?? [];
    return decisionsOf([...academy.requests, ...more], now).filter((decision) => decision.academicYear === thisYear.academicYear);
  });
}

const commandsOf = (thisYear: DemoThisYear): DemoThisYear['academies'][number]['requests'][number]['command'][] =>
  thisYear.academies.flatMap((academy) => academy.requests.map((request) => request.command));
const figuresOf = (thisYear: DemoThisYear): RecordKpi[] => commandsOf(thisYear).flatMap((command) => (command.type === 'RecordKpi' ? [command] : []));
const targetsOf = (thisYear: DemoThisYear): SetKpiTarget[] => commandsOf(thisYear).flatMap((command) => (command.type === 'SetKpiTarget' ? [command] : []));

describe("the demo's current academic year, loaded up to today", () => {
  describe('on a Sunday in August 2027', () => {
    const thisYear = buildDemoThisYear('2027-08-15');

    it('holds 2026/27 with every term ended, its targets and the tier decided in September', () => {
      expect(thisYear).toMatchObject({ academicYear: '2026/27', termsEnded: ['autumn', 'spring', 'summer'], decidedOn: '2026-09-12', emptyYears: ['2025/26'] });
      expect(thisYear.academies).toHaveLength(12);
      expect(targetsOf(thisYear)).toHaveLength(12 * 5);
      expect(figuresOf(thisYear)).toHaveLength(12 * 3 * 5);
      expect(figuresOf(thisYear).every((figure) => figure.academicYear === '2026/27')).toBe(true);
    });

    it("records the year's risk assessment at the start of September and the outcome and review of 2025/26 its tier reads", () => {
      const commands = commandsOf(thisYear);
      expect(commands.filter((command) => command.type === 'AssessRisk').map((command) => command.type === 'AssessRisk' && command.assessedOn)).toEqual(Array(12).fill('2026-09-05'));
      expect(commands.filter((command) => command.type === 'RecordOutcome' && command.academicYear === '2025/26')).toHaveLength(12);
      expect(commands.filter((command) => command.type === 'RecordAnnualReview' && command.academicYear === '2025/26')).toHaveLength(12);
    });

    it('decides each academy\'s 2026/27 tier once, as the evidence recommends, which the API would accept', () => {
      const decisions = decisionsOfYear(thisYear);
      expect(decisions.map((decision) => decision.academyId)).toEqual(thisYear.academies.map((academy) => academy.academyId));
      for (const decision of decisions) {
        expect(decision).toMatchObject({ decidedOn: '2026-09-12', override: false, supersedes: null, tier: decision.recommendedTier });
      }
    });

    it('says in its summary that 2025/26 stays empty', () => {
      expect(describeDemoThisYear(thisYear)).toEqual([
        "2026/27 up to 2027-08-15: KPI targets, the autumn, spring and summer terms' figures, the tier decided on 2026-09-12",
        "2025/26 left empty (between the demo's past, to 2024/25, and 2026/27): no KPI figures, AIMs or tier decisions, only the outcome and annual review of 2025/26 that 2026/27's tier reads",
      ]);
    });
  });

  describe('on a Tuesday in March 2027', () => {
    const thisYear = buildDemoThisYear('2027-03-09');
    const august = buildDemoThisYear('2027-08-15');

    it('holds the autumn term\'s figures only (spring ends on 31 March) and the September decision', () => {
      expect(thisYear).toMatchObject({ academicYear: '2026/27', termsEnded: ['autumn'], decidedOn: '2026-09-12' });
      expect(new Set(figuresOf(thisYear).map((figure) => figure.term))).toEqual(new Set(['autumn']));
      expect(figuresOf(thisYear)).toHaveLength(12 * 5);
      expect(decisionsOfYear(thisYear).map((decision) => [decision.academyId, decision.decidedOn, decision.tier])).toEqual(
        decisionsOfYear(august).map((decision) => [decision.academyId, decision.decidedOn, decision.tier]),
      );
    });

    it('sends what a later day sends about the same terms, key for key: a later day only adds', () => {
      const keys = (year: DemoThisYear): string[] => year.academies.flatMap((academy) => academy.requests.map((request) => request.idempotencyKey));
      const later = new Set(keys(august));
      expect(keys(thisYear).filter((key) => !later.has(key))).toEqual([]);
      expect(buildDemoThisYear('2027-03-09')).toEqual(thisYear);
      expect(new Set(keys(august)).size).toBe(keys(august).length);
    });
  });

  it('decides no tier before the committee meets, and records no risk assessment dated after today', () => {
    const early = buildDemoThisYear('2026-09-02');
    expect(early).toMatchObject({ academicYear: '2026/27', termsEnded: [], decidedOn: null });
    const types = new Set(commandsOf(early).map((command) => command.type));
    // Each academy's plan is drafted and rated at its drafting, the first school day of September; no support before the tier is decided.
    expect([...types].sort()).toEqual(['AddPlanAction', 'AddPlanPriority', 'DraftImprovementPlan', 'RatePlanPriority', 'RecordAnnualReview', 'RecordOutcome', 'SetKpiTarget']);
    expect(decisionsOfYear(early)).toEqual([]);
    expect(describeDemoThisYear(early)[0]).toBe('2026/27 up to 2026-09-02: KPI targets, no term has ended yet, no tier decided yet (the committee meets on 2026-09-12)');
  });

  it('in 2025/26, the year after the past, decides on the risk assessment the past already holds', () => {
    const thisYear = buildDemoThisYear('2026-03-10');
    expect(thisYear).toMatchObject({ academicYear: '2025/26', termsEnded: ['autumn'], decidedOn: '2025-09-12', emptyYears: [] });
    const plans = ['DraftImprovementPlan', 'AddPlanPriority', 'AddPlanAction', 'RatePlanPriority', 'ConfirmImprovementPlan', 'AmendPlanAction', 'CommitPlanSupport'];
    expect(new Set(commandsOf(thisYear).map((command) => command.type))).toEqual(new Set(['SetKpiTarget', 'RecordKpi', 'DecideTier', ...plans]));
    expect(decisionsOfYear(thisYear)).toHaveLength(12);
    expect(describeDemoThisYear(thisYear)).toHaveLength(1);
  });

  describe("each academy's improvement plan for the year", () => {
    const march = buildDemoThisYear('2026-03-10');
    const august = buildDemoThisYear('2026-08-16');
    /** The academy's past and this year's requests decided on the day, as the API would. */
    const ledgerOf = (thisYear: DemoThisYear, academyId: string): DemoLedger => {
      const ledger = new DemoLedger(new Date(`${thisYear.today}T12:00:00Z`));
      ledger.run(buildDemoTrust().find((academy) => academy.academyId === academyId)?.requests ?? []);
      ledger.run(thisYear.academies.find((academy) => academy.academyId === academyId)?.requests ?? []);
      return ledger;
    };

    it('is drafted from the audit of its card, confirmed, and rated at its drafting and at the end of each term ended: the API would accept every command', () => {
      for (const thisYear of [march, august]) {
        expect(thisYear.plans.map((plan) => [plan.academyId, plan.academicYear])).toEqual(thisYear.academies.map((academy) => [academy.academyId, '2025/26']));
        for (const plan of thisYear.plans) {
          const ledger = ledgerOf(thisYear, plan.academyId);
          expect(ledger.plan(plan.academyId, '2025/26')).toMatchObject({ status: 'confirmed' });
          const rated = ledger.planEvents.flatMap((event) => (event.type === 'PlanPriorityRated' && event.data.academicYear === '2025/26' ? [event.data.ratedOn] : []));
          expect(rated.every((day) => day >= '2025-09-01' && day <= thisYear.today)).toBe(true);
          expect(new Set(rated).size).toBe(1 + thisYear.termsEnded.length);
        }
      }
    });

    it("commits support for the tier decided in September to Tier 2 and Tier 3 academies only, none of it delivered yet", () => {
      const tiers = new Map(decisionsOfYear(august).map((decision) => [decision.academyId, decision.tier]));
      for (const plan of august.plans) {
        expect({ academyId: plan.academyId, committed: plan.commitments.length > 0 }).toEqual({ academyId: plan.academyId, committed: (tiers.get(plan.academyId) ?? 1) > 1 });
      }
      expect(august.plans.flatMap((plan) => plan.commitments.map((commitment) => commitment.kind)).sort()).toEqual(
        ['central-team', 'external-review', 'external-review', 'school-to-school-support', 'school-to-school-support'],
      );
    });
  });
});
