import type { AcademyEvent } from '../academy/academy.events.js';
import type { Inspection } from '../evidence/inspection.js';
import type { OutcomeDirection } from '../evidence/outcome-direction.js';
import type { Risk, RiskLevel } from '../evidence/risk-level.js';

/**
 * An item of evidence with the global position of the event it came from, as a decimal string (so the
 * domain needs no bigint and the snapshot is plain JSON). An auditor can read that event back.
 */
export type Positioned<T> = T & { position: string };

export type OutcomeEvidence = Positioned<{ academicYear: string; direction: OutcomeDirection }>;
export type InspectionEvidence = Positioned<Inspection>;
export type AnnualReviewEvidence = Positioned<{ academicYear: string; capacityToImprove: boolean; summary: string }>;
export type RiskAssessmentEvidence = Positioned<{ assessedOn: string; level: RiskLevel; risks: Risk[] }>;

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

/** The evidence after one more event of the academy's stream, recorded at `position`. Pure. */
export function evolveTierEvidence(evidence: TierEvidence, event: AcademyEvent, position: string): TierEvidence {
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
    case 'AcademyRegistered':
    case 'KpiTargetSet':
    case 'KpiRecorded':
    case 'KpiCorrected':
    case 'BaselineAssessed':
    case 'SipAssigned':
    case 'SipVisitRecorded':
    case 'CommissionedReviewCompleted':
    case 'TierAssigned':
      return evidence;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
