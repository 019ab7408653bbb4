import { effectiveDateOf, termEnd } from './effective-date.js';

describe('effective dates', () => {
  it('ends the terms of an academic year on 31 December, 31 March and 31 July', () => {
    expect(termEnd('2024/25', 'autumn')).toBe('2024-12-31');
    expect(termEnd('2024/25', 'spring')).toBe('2025-03-31');
    expect(termEnd('2024/25', 'summer')).toBe('2025-07-31');
  });

  it('dates a KPI figure and its correction by the term they measure', () => {
    const fact = { academyId: '140001', academicYear: '2024/25', term: 'spring', kpi: 'progress', value: 70 } as const;
    expect(effectiveDateOf({ type: 'KpiRecorded', data: { ...fact, nationalAverage: null, source: 'academy-data' } })).toBe('2025-03-31');
    expect(effectiveDateOf({ type: 'KpiCorrected', data: { ...fact, previousValue: 71, reason: 'moderated' } })).toBe('2025-03-31');
  });

  it('dates a target from the start of its academic year, an inspection by its day, and a reversal not at all', () => {
    expect(effectiveDateOf({ type: 'KpiTargetSet', data: { academyId: '140001', academicYear: '2024/25', kpi: 'progress', target: 80 } })).toBe('2024-09-01');
    expect(
      effectiveDateOf({ type: 'InspectionRecorded', data: { academyId: '140001', inspectedOn: '2024-11-12', framework: 'eif-2019', overallEffectiveness: 'good' } }),
    ).toBe('2024-11-12');
    expect(
      effectiveDateOf({
        type: 'RechargeReversed',
        data: { rechargeId: 'r-1', supportedAcademyId: '140001', providerAcademyId: null, academicYear: '2024/25', deliveredOn: '2024-11-12', amountPence: 100, reason: 'duplicate', reversedOn: '2025-01-10' },
      }),
    ).toBeNull();
  });

  it('dates a tier decision from the start of its year, or from the day it was made when later', () => {
    const decision = (academicYear: string, decidedOn: string) =>
      effectiveDateOf({
        type: 'TierAssigned',
        data: {
          decisionId: 'd-1', academyId: '140001', academicYear, tier: 1, recommendedTier: 1, override: false, rationale: null, reasons: [], missing: [],
          evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: null },
          decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' }, decidedOn, decidedAt: '2026-01-05T10:00:00.000Z', supersedes: null,
        },
      });
    expect(decision('2024/25', '2024-07-10')).toBe('2024-09-01');
    expect(decision('2024/25', '2024-09-01')).toBe('2024-09-01');
    expect(decision('2024/25', '2025-01-29')).toBe('2025-01-29');
  });
});
