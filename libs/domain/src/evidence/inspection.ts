/**
 * An Ofsted inspection, under the framework it was made under: grades of different frameworks are not
 * comparable (docs/DOMAIN.md, "What the ledger decides where the documents are silent"), so each framework keeps its own shape.
 */

export const INSPECTION_FRAMEWORKS = ['eif-2019', 'eif-2024', 'report-card-2025'] as const;
export type InspectionFramework = (typeof INSPECTION_FRAMEWORKS)[number];

/** The education inspection framework's grades: the 2019 overall effectiveness and the 2024 sub-grades. */
export const EIF_GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type EifGrade = (typeof EIF_GRADES)[number];

/** Areas a school is graded on only where it has them (under eif-2024 and report-card-2025). */
export const OPTIONAL_INSPECTION_AREAS = ['early-years', 'sixth-form'] as const;
export type OptionalInspectionArea = (typeof OPTIONAL_INSPECTION_AREAS)[number];

export const EIF_2024_AREAS = [
  'quality-of-education',
  'behaviour-and-attitudes',
  'personal-development',
  'leadership-and-management',
] as const;
export type Eif2024Area = (typeof EIF_2024_AREAS)[number];

export const REPORT_CARD_GRADES = [
  'exceptional',
  'strong-standard',
  'expected-standard',
  'needs-attention',
  'urgent-improvement',
] as const;
export type ReportCardGrade = (typeof REPORT_CARD_GRADES)[number];

export const REPORT_CARD_AREAS = [
  'inclusion',
  'curriculum-and-teaching',
  'achievement',
  'attendance-and-behaviour',
  'personal-development-and-wellbeing',
  'leadership-and-governance',
] as const;
export type ReportCardArea = (typeof REPORT_CARD_AREAS)[number];

export const SAFEGUARDING_OUTCOMES = ['met', 'not-met'] as const;
export type SafeguardingOutcome = (typeof SAFEGUARDING_OUTCOMES)[number];

export type Eif2024Grades = Record<Eif2024Area, EifGrade> & Partial<Record<OptionalInspectionArea, EifGrade>>;

export type ReportCardGrades = Record<ReportCardArea, ReportCardGrade> &
  Partial<Record<OptionalInspectionArea, ReportCardGrade>>;

export type Eif2019Inspection = {
  inspectedOn: string;
  framework: 'eif-2019';
  overallEffectiveness: EifGrade;
};

export type Eif2024Inspection = {
  inspectedOn: string;
  framework: 'eif-2024';
  grades: Eif2024Grades;
};

export type ReportCard2025Inspection = {
  inspectedOn: string;
  framework: 'report-card-2025';
  grades: ReportCardGrades;
  safeguarding: SafeguardingOutcome;
};

export type Inspection = Eif2019Inspection | Eif2024Inspection | ReportCard2025Inspection;
