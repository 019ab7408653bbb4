import { BASELINE_CAPACITIES } from '../evidence/baseline-capacity.js';
import type { EvidenceEvent } from '../evidence/evidence.events.js';
import {
  EIF_2024_AREAS,
  EIF_GRADES,
  INSPECTION_FRAMEWORKS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  SAFEGUARDING_OUTCOMES,
  type Inspection,
  type OptionalInspectionArea,
} from '../evidence/inspection.js';
import { OUTCOME_DIRECTIONS } from '../evidence/outcome-direction.js';
import { RISK_LEVELS, type Risk } from '../evidence/risk-level.js';
import { TERMS } from '../kpi/kpi-name.js';
import { academicYearStart } from '../values/academic-year.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import type { EventDataReader } from './event-data-reader.js';

export const evidenceEventCatalogue: DatedEventCatalogue<EvidenceEvent> = {
  InspectionRecorded: {
    storedName: 'InspectionRecorded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({ academyId: data.string('academyId'), ...readInspection(data) }),
    effectiveDate: (data) => data.inspectedOn,
  },
  AnnualReviewRecorded: {
    storedName: 'AnnualReviewRecorded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      capacityToImprove: data.boolean('capacityToImprove'),
      summary: data.string('summary'),
    }),
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  OutcomeRecorded: {
    storedName: 'OutcomeRecorded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      direction: data.oneOf('direction', OUTCOME_DIRECTIONS),
    }),
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  RiskAssessed: {
    storedName: 'RiskAssessed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      assessedOn: data.string('assessedOn'),
      level: data.oneOf('level', RISK_LEVELS),
      risks: readRisks(data),
    }),
    effectiveDate: (data) => data.assessedOn,
  },
  BaselineAssessed: {
    storedName: 'BaselineAssessed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      assessedOn: data.string('assessedOn'),
      summary: data.string('summary'),
      capacity: data.oneOf('capacity', BASELINE_CAPACITIES),
    }),
    effectiveDate: (data) => data.assessedOn,
  },
  SipAssigned: {
    storedName: 'SipAssigned',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      sipId: data.string('sipId'),
      name: data.string('name'),
      approvedOn: data.string('approvedOn'),
    }),
    effectiveDate: (data) => data.approvedOn,
  },
  SipVisitRecorded: {
    storedName: 'SipVisitRecorded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      sipId: data.string('sipId'),
      visitedOn: data.string('visitedOn'),
      reportSummary: data.string('reportSummary'),
    }),
    effectiveDate: (data) => data.visitedOn,
  },
  CommissionedReviewCompleted: {
    storedName: 'CommissionedReviewCompleted',
    // v2 added `commitmentId`: a v1 review was stored before a review could name the plan's support
    // commitment it delivers, and reads null.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, commitmentId: null })],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      term: data.oneOf('term', TERMS),
      completedOn: data.string('completedOn'),
      summary: data.string('summary'),
      commitmentId: data.nullableString('commitmentId'),
    }),
    effectiveDate: (data) => data.completedOn,
  },
};

/** An inspection's fields, by its framework (also read inside a tier decision's evidence snapshot). */
export function readInspection(data: EventDataReader): Inspection {
  const inspectedOn = data.string('inspectedOn');
  const framework = data.oneOf('framework', INSPECTION_FRAMEWORKS);
  switch (framework) {
    case 'eif-2019':
      return { inspectedOn, framework, overallEffectiveness: data.oneOf('overallEffectiveness', EIF_GRADES) };
    case 'eif-2024': {
      const grades = data.object('grades');
      return {
        inspectedOn,
        framework,
        grades: { ...requiredGrades(grades, EIF_2024_AREAS, EIF_GRADES), ...optionalGrades(grades, EIF_GRADES) },
      };
    }
    case 'report-card-2025': {
      const grades = data.object('grades');
      return {
        inspectedOn,
        framework,
        grades: {
          ...requiredGrades(grades, REPORT_CARD_AREAS, REPORT_CARD_GRADES),
          ...optionalGrades(grades, REPORT_CARD_GRADES),
        },
        safeguarding: data.oneOf('safeguarding', SAFEGUARDING_OUTCOMES),
      };
    }
    default: {
      const _exhaustive: never = framework;
      return _exhaustive;
    }
  }
}

function requiredGrades<const Area extends string, const Grade extends string>(
  grades: EventDataReader,
  areas: readonly Area[],
  scale: readonly Grade[],
): Record<Area, Grade> {
  // One entry per area, so the object has exactly the keys of Record<Area, Grade>.
  return Object.fromEntries(areas.map((area) => [area, grades.oneOf(area, scale)])) as Record<Area, Grade>;
}

/** Early years and sixth form are graded only where the school has them: absent, not null, otherwise. */
function optionalGrades<const Grade extends string>(
  grades: EventDataReader,
  scale: readonly Grade[],
): Partial<Record<OptionalInspectionArea, Grade>> {
  const read: Partial<Record<OptionalInspectionArea, Grade>> = {};
  for (const area of OPTIONAL_INSPECTION_AREAS) {
    const grade = grades.optionalOneOf(area, scale);
    if (grade !== undefined) {
      read[area] = grade;
    }
  }
  return read;
}

/** The risk register's entries (also read inside a tier decision's evidence snapshot). */
export function readRisks(data: EventDataReader): Risk[] {
  return data.objectArray('risks').map((risk) => ({ title: risk.string('title'), owner: risk.nullableString('owner') }));
}
