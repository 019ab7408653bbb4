import { academicYearStart, type DomainEvent, type TierAssignedData } from '@trust/domain';

/** A TierAssigned event for projection tests: neutral defaults, each test overriding what it is about. */
export function tierAssigned(
  data: Pick<TierAssignedData, 'academyId'> & Partial<TierAssignedData>,
): Extract<DomainEvent, { type: 'TierAssigned' }> {
  const academicYear = data.academicYear ?? '2024/25';
  const tier = data.tier ?? 1;
  return {
    type: 'TierAssigned',
    data: {
      decisionId: `${data.academyId}-${academicYear}-${tier}`,
      academicYear,
      tier,
      recommendedTier: tier,
      override: false,
      rationale: null,
      reasons: [],
      missing: [],
      evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: null },
      decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
      // Made on the first day of its year, so it takes effect when its year begins.
      decidedOn: academicYearStart(academicYear),
      decidedAt: '2024-09-05T09:30:00.000Z',
      supersedes: null,
      ...data,
    },
  };
}
