import type { AcademyEvent } from '../academy/academy.events.js';
import type { AnnualReviewEvidence, InspectionEvidence, OutcomeEvidence, RiskAssessmentEvidence } from './evidence-items.js';

/**
 * Everything the tier policy may read, as known after the events folded so far: each list in the order
 * the events were recorded. Which items count for a decision depends on its academic year, so the fold
 * keeps them all and recommendTier chooses.
 */
export type TierEvidence = {
  outcomes: OutcomeEvidence[];
  inspections: InspectionEvidence[];
  annualReviews: AnnualReviewEvidence[];
  riskAssessments: RiskAssessmentEvidence[];
};

export const initialTierEvidence = (): TierEvidence => ({
  outcomes: [],
  inspections: [],
  annualReviews: [],
  riskAssessments: [],
});

/** The events of an academy's stream the tier policy reads; every other event leaves the evidence as it is. */
const TIER_EVIDENCE_EVENT_TYPES = ['OutcomeRecorded', 'InspectionRecorded', 'AnnualReviewRecorded', 'RiskAssessed'] as const;
type TierEvidenceEvent = Extract<AcademyEvent, { type: (typeof TIER_EVIDENCE_EVENT_TYPES)[number] }>;

function isTierEvidenceEvent(event: AcademyEvent): event is TierEvidenceEvent {
  return (TIER_EVIDENCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The evidence after one more event of the academy's stream, recorded at `position`. Pure. */
export function evolveTierEvidence(evidence: TierEvidence, event: AcademyEvent, position: string): TierEvidence {
  if (!isTierEvidenceEvent(event)) {
    return evidence;
  }
  switch (event.type) {
    case 'OutcomeRecorded': {
      const { academicYear, direction } = event.data;
      // A year's outcome is recorded once (the decider refuses a second): the first stands.
      if (evidence.outcomes.some((outcome) => outcome.academicYear === academicYear)) {
        return evidence;
      }
      return { ...evidence, outcomes: [...evidence.outcomes, { academicYear, direction, position }] };
    }
    case 'InspectionRecorded': {
      const { academyId: _academyId, ...inspection } = event.data;
      return { ...evidence, inspections: [...evidence.inspections, { ...inspection, position }] };
    }
    case 'AnnualReviewRecorded': {
      const { academicYear, capacityToImprove, summary } = event.data;
      return {
        ...evidence,
        annualReviews: [...evidence.annualReviews, { academicYear, capacityToImprove, summary, position }],
      };
    }
    case 'RiskAssessed': {
      const { assessedOn, level, risks } = event.data;
      return {
        ...evidence,
        riskAssessments: [
          ...evidence.riskAssessments,
          { assessedOn, level, risks: risks.map((risk) => ({ ...risk })), position },
        ],
      };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
