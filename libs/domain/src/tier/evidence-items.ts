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
