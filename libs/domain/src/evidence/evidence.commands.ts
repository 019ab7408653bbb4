import type { ImprovementPlanLookUp } from '../improvement-plan/plan-look-up.js';
/**
 * Commands recording evidence on an academy's stream, with input as it arrives from a client (see
 * docs/API-CONVENTIONS.md): every field is validated by the
 * academy decider, which names the field it refuses.
 */

export type RecordInspection = {
  type: 'RecordInspection';
  academyId: string;
  inspectedOn: string;
  framework: string;
  /** eif-2019 only. */
  overallEffectiveness?: string | null;
  /** eif-2024 and report-card-2025: grade by area. */
  grades?: Readonly<Record<string, string>> | null;
  /** report-card-2025 only. */
  safeguarding?: string | null;
};

export type RecordAnnualReview = {
  type: 'RecordAnnualReview';
  academyId: string;
  academicYear: string;
  capacityToImprove: boolean;
  summary: string;
};

export type RecordOutcome = {
  type: 'RecordOutcome';
  academyId: string;
  academicYear: string;
  direction: string;
};

export type AssessRisk = {
  type: 'AssessRisk';
  academyId: string;
  assessedOn: string;
  level: string;
  risks: readonly { title: string; owner?: string | null }[];
};

export type RecordBaseline = {
  type: 'RecordBaseline';
  academyId: string;
  assessedOn: string;
  summary: string;
  capacity: string;
};

export type AssignSip = {
  type: 'AssignSip';
  academyId: string;
  sipId: string;
  name: string;
  approvedOn: string;
};

export type RecordSipVisit = {
  type: 'RecordSipVisit';
  academyId: string;
  visitedOn: string;
  reportSummary: string;
};

export type RecordCommissionedReview = {
  type: 'RecordCommissionedReview';
  academyId: string;
  academicYear: string;
  term: string;
  completedOn: string;
  summary: string;
  /**
   * The support commitment of the academy's improvement plan for the academic year the review delivers (seed
   * 000, Tier 2: "Commission additional reviews"), if any.
   */
  commitmentId?: string | null;
  /** That plan, looked up by the application when `commitmentId` is given (see ImprovementPlanLookUp). */
  plan?: ImprovementPlanLookUp;
};

export type EvidenceCommand =
  | RecordInspection
  | RecordAnnualReview
  | RecordOutcome
  | AssessRisk
  | RecordBaseline
  | AssignSip
  | RecordSipVisit
  | RecordCommissionedReview;
