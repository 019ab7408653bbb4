import type { AcademyEvent } from '../../academy/academy.events.js';
import { ACADEMY_ID } from '../../academy/test-support/academy-fixtures.js';
import type {
  AnnualReviewRecordedData,
  BaselineAssessedData,
  CommissionedReviewCompletedData,
  OutcomeRecordedData,
  RiskAssessedData,
  SipAssignedData,
  SipVisitRecordedData,
} from '../evidence.events.js';
import type {
  Eif2019Inspection,
  Eif2024Grades,
  Eif2024Inspection,
  ReportCard2025Inspection,
  ReportCardGrades,
} from '../inspection.js';

/** Fixtures for evidence events on the academy stream of ACADEMY_ID (decided "now" = 2025-03-15). */

export const GOOD_EIF_2024_GRADES: Eif2024Grades = {
  'quality-of-education': 'good',
  'behaviour-and-attitudes': 'outstanding',
  'personal-development': 'good',
  'leadership-and-management': 'good',
};

export const EXPECTED_REPORT_CARD_GRADES: ReportCardGrades = {
  inclusion: 'expected-standard',
  'curriculum-and-teaching': 'strong-standard',
  achievement: 'expected-standard',
  'attendance-and-behaviour': 'exceptional',
  'personal-development-and-wellbeing': 'expected-standard',
  'leadership-and-governance': 'strong-standard',
};

export function eif2019Recorded(data: Partial<Omit<Eif2019Inspection, 'framework'>> = {}): AcademyEvent {
  return {
    type: 'InspectionRecorded',
    data: {
      academyId: ACADEMY_ID,
      inspectedOn: '2023-05-10',
      framework: 'eif-2019',
      overallEffectiveness: 'good',
      ...data,
    },
  };
}

export function eif2024Recorded(data: Partial<Omit<Eif2024Inspection, 'framework'>> = {}): AcademyEvent {
  return {
    type: 'InspectionRecorded',
    data: { academyId: ACADEMY_ID, inspectedOn: '2024-11-06', framework: 'eif-2024', grades: GOOD_EIF_2024_GRADES, ...data },
  };
}

export function reportCardRecorded(data: Partial<Omit<ReportCard2025Inspection, 'framework'>> = {}): AcademyEvent {
  return {
    type: 'InspectionRecorded',
    data: {
      academyId: ACADEMY_ID,
      inspectedOn: '2025-02-12',
      framework: 'report-card-2025',
      grades: EXPECTED_REPORT_CARD_GRADES,
      safeguarding: 'met',
      ...data,
    },
  };
}

export function annualReviewRecorded(data: Partial<AnnualReviewRecordedData> = {}): AcademyEvent {
  return {
    type: 'AnnualReviewRecorded',
    data: {
      academyId: ACADEMY_ID,
      academicYear: '2023/24',
      capacityToImprove: true,
      summary: 'Leaders know the school well and have secured improvement in reading.',
      ...data,
    },
  };
}

export function outcomeRecorded(data: Partial<OutcomeRecordedData> = {}): AcademyEvent {
  return { type: 'OutcomeRecorded', data: { academyId: ACADEMY_ID, academicYear: '2023/24', direction: 'positive', ...data } };
}

export function riskAssessed(data: Partial<RiskAssessedData> = {}): AcademyEvent {
  return {
    type: 'RiskAssessed',
    data: {
      academyId: ACADEMY_ID,
      assessedOn: '2024-07-01',
      level: 'low',
      risks: [{ title: 'Staff turnover in Key Stage 2', owner: 'Headteacher' }],
      ...data,
    },
  };
}

export function baselineAssessed(data: Partial<BaselineAssessedData> = {}): AcademyEvent {
  return {
    type: 'BaselineAssessed',
    data: {
      academyId: ACADEMY_ID,
      assessedOn: '2021-06-15',
      summary: 'Outcomes below national benchmarks; curriculum broad but not yet sequenced.',
      capacity: 'taker',
      ...data,
    },
  };
}

export function sipAssigned(data: Partial<SipAssignedData> = {}): AcademyEvent {
  return {
    type: 'SipAssigned',
    data: { academyId: ACADEMY_ID, sipId: 'sip-7', name: 'Dr Ada Moss', approvedOn: '2024-07-10', ...data },
  };
}

export function sipVisitRecorded(data: Partial<SipVisitRecordedData> = {}): AcademyEvent {
  return {
    type: 'SipVisitRecorded',
    data: {
      academyId: ACADEMY_ID,
      sipId: 'sip-7',
      visitedOn: '2024-10-03',
      reportSummary: 'Reading priorities are the right ones and are well evidenced.',
      ...data,
    },
  };
}

export function commissionedReviewCompleted(data: Partial<CommissionedReviewCompletedData> = {}): AcademyEvent {
  return {
    type: 'CommissionedReviewCompleted',
    data: {
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      term: 'autumn',
      completedOn: '2024-11-20',
      summary: 'Quality of education is good; early reading is a strength.',
      commitmentId: null,
      ...data,
    },
  };
}
