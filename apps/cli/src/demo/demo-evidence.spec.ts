import { INSPECTION_FRAMEWORKS } from '@trust/domain';
import { buildDemoEvidence, DEMO_DECIDED_YEARS } from './demo-evidence.js';
import { buildDemoTrust } from './demo-trust.js';
import { decisionsOf } from './test-support/demo-decisions.js';

const NOW = new Date('2026-09-01T09:00:00Z');

describe("the demo trust's evidence and tier decisions", () => {
  const trust = buildDemoTrust();
  const decisions = trust.flatMap((academy) => decisionsOf(academy.requests, NOW));
  const commands = trust.flatMap((academy) => academy.requests.map((request) => request.command));

  it('records every kind of evidence for every academy', () => {
    const kinds = ['RecordBaseline', 'AssignSip', 'RecordInspection', 'RecordOutcome', 'RecordAnnualReview', 'AssessRisk', 'RecordSipVisit', 'RecordCommissionedReview'];
    for (const academy of trust) {
      const types = new Set(academy.requests.map((request) => request.command.type));
      for (const kind of kinds) expect([academy.academyId, types.has(kind as never)]).toEqual([academy.academyId, true]);
    }
  });

  it('has inspections under all three frameworks', () => {
    const frameworks = new Set(commands.flatMap((command) => (command.type === 'RecordInspection' ? [command.framework] : [])));
    expect([...frameworks].sort()).toEqual([...INSPECTION_FRAMEWORKS].sort());
  });

  it('decides a tier for every academy in each of three academic years, of every tier', () => {
    expect(DEMO_DECIDED_YEARS).toEqual(['2022/23', '2023/24', '2024/25']);
    for (const academy of trust) {
      const years = new Set(decisions.filter((decision) => decision.academyId === academy.academyId).map((decision) => decision.academicYear));
      expect([academy.academyId, [...years]]).toEqual([academy.academyId, [...DEMO_DECIDED_YEARS]]);
    }
    expect(new Set(decisions.map((decision) => decision.tier))).toEqual(new Set([1, 2, 3]));
  });

  it('has an override with its rationale, and otherwise decides what the evidence recommends', () => {
    const overrides = decisions.filter((decision) => decision.override);
    expect(overrides.length).toBeGreaterThanOrEqual(1);
    for (const override of overrides) {
      expect(override.tier).not.toBe(override.recommendedTier);
      expect(override.rationale?.length).toBeGreaterThan(20);
    }
    for (const decision of decisions.filter((each) => !each.override)) expect(decision.tier).toBe(decision.recommendedTier);
  });

  it('revises a decision mid-year on evidence recorded after it, superseding the first', () => {
    const revisions = decisions.filter((decision) => decision.supersedes !== null);
    expect(revisions.length).toBeGreaterThanOrEqual(1);
    for (const revision of revisions) {
      const first = decisions.find((decision) => decision.decisionId === revision.supersedes);
      expect(first?.academicYear).toBe(revision.academicYear);
      expect(revision.evidence).not.toEqual(first?.evidence);
      expect(revision.tier).not.toBe(first?.tier);
    }
  });

  it('dates each decision by the day the committee made it: a year\'s first in its first weeks, a revision after the evidence that prompted it', () => {
    for (const decision of decisions) {
      const start = Number(decision.academicYear.slice(0, 4));
      if (decision.supersedes === null) {
        expect([decision.academyId, decision.academicYear, decision.decidedOn]).toEqual([decision.academyId, decision.academicYear, `${start}-09-12`]);
      } else {
        const first = decisions.find((each) => each.decisionId === decision.supersedes);
        expect(decision.decidedOn > (first?.decidedOn ?? '')).toBe(true);
        expect(decision.decidedOn <= `${start + 1}-08-31`).toBe(true);
      }
      // Recorded when the demo runs, long after.
      expect(decision.decidedAt).toBe(NOW.toISOString());
    }
  });

  it('holds the visits and reviews the tiers require, but for one year one visit short', () => {
    const shortfalls = trust.flatMap((academy) =>
      DEMO_DECIDED_YEARS.flatMap((year) => {
        const current = decisions.filter((decision) => decision.academyId === academy.academyId && decision.academicYear === year).at(-1);
        const start = Number(year.slice(0, 4));
        const visits = commands.filter(
          (command) => command.type === 'RecordSipVisit' && command.academyId === academy.academyId && command.visitedOn >= `${start}-09-01` && command.visitedOn <= `${start + 1}-08-31`,
        ).length;
        const reviews = commands.filter((command) => command.type === 'RecordCommissionedReview' && command.academyId === academy.academyId && command.academicYear === year).length;
        expect(reviews).toBe(current?.tier === 3 ? 3 : 1);
        const required = current?.tier === 1 ? 1 : 3;
        return visits < required ? [`${academy.academyId} ${year}`] : [];
      }),
    );
    expect(shortfalls).toHaveLength(1);
  });

  it('refuses to build an academy it has no story for', () => {
    expect(() => buildDemoEvidence('999999', '2020-09-01')).toThrow('The demo has no evidence story for academy 999999');
  });
});
