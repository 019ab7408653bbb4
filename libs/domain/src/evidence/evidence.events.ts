import type { Term } from '../kpi/kpi-name.js';
import type { BaselineCapacity } from './baseline-capacity.js';
import type { Inspection } from './inspection.js';
import type { OutcomeDirection } from './outcome-direction.js';
import type { Risk, RiskLevel } from './risk-level.js';

/**
 * The evidence recorded about an academy, on its own stream (`academy-<URN>`): what the tier policy
 * reads (inspections, annual reviews, outcomes, the risk register) and the external moderation it
 * receives (baseline, School Improvement Partner, trust-commissioned reviews). Dates are ISO strings.
 */

/** Only the fields of the inspection's framework are present: see Inspection. */
export type InspectionRecordedData = { academyId: string } & Inspection;

export type AnnualReviewRecordedData = {
  academyId: string;
  academicYear: string;
  capacityToImprove: boolean;
  summary: string;
};

export type OutcomeRecordedData = {
  academyId: string;
  academicYear: string;
  direction: OutcomeDirection;
};

export type RiskAssessedData = {
  academyId: string;
  assessedOn: string;
  level: RiskLevel;
  risks: Risk[];
};

export type BaselineAssessedData = {
  academyId: string;
  assessedOn: string;
  summary: string;
  capacity: BaselineCapacity;
};

export type SipAssignedData = {
  academyId: string;
  /** The School Improvement Partner's id (ids are passed in). */
  sipId: string;
  name: string;
  /** The day the Trust Board approved the partner. */
  approvedOn: string;
};

export type SipVisitRecordedData = {
  academyId: string;
  /** The partner assigned when the visit was recorded. */
  sipId: string;
  visitedOn: string;
  reportSummary: string;
};

export type CommissionedReviewCompletedData = {
  academyId: string;
  academicYear: string;
  term: Term;
  completedOn: string;
  summary: string;
  /**
   * The support commitment of the academy's improvement plan for the year that the review delivers (schema 2);
   * null when it delivers none named, and for every review stored at schema 1.
   */
  commitmentId: string | null;
};

export type EvidenceEvent =
  | { type: 'InspectionRecorded'; data: InspectionRecordedData }
  | { type: 'AnnualReviewRecorded'; data: AnnualReviewRecordedData }
  | { type: 'OutcomeRecorded'; data: OutcomeRecordedData }
  | { type: 'RiskAssessed'; data: RiskAssessedData }
  | { type: 'BaselineAssessed'; data: BaselineAssessedData }
  | { type: 'SipAssigned'; data: SipAssignedData }
  | { type: 'SipVisitRecorded'; data: SipVisitRecordedData }
  | { type: 'CommissionedReviewCompleted'; data: CommissionedReviewCompletedData };
