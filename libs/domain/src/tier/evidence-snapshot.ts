import type {
  AnnualReviewEvidence,
  InspectionEvidence,
  OutcomeEvidence,
  RiskAssessmentEvidence,
} from './evidence-items.js';

/**
 * The evidence a recommendation read, each item with the position of the event it came from: stored
 * with every tier decision, so the standards committee sees exactly what was known when it was made.
 */
export type EvidenceSnapshot = {
  /** The outcomes of the latest year and the year before it (where recorded), latest first. */
  outcomes: OutcomeEvidence[];
  inspection: InspectionEvidence | null;
  annualReview: AnnualReviewEvidence | null;
  riskAssessment: RiskAssessmentEvidence | null;
};
