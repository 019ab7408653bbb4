import type { EvidenceEvent, SipAssignedData } from './evidence.events.js';

/** What the academy decider needs to know of the evidence already recorded, to refuse duplicates. */
export type EvidenceState = {
  inspectionDates: ReadonlySet<string>;
  annualReviewYears: ReadonlySet<string>;
  outcomeYears: ReadonlySet<string>;
  baselineRecorded: boolean;
  /** The School Improvement Partner assigned now; null before the first assignment. */
  sip: Omit<SipAssignedData, 'academyId'> | null;
  sipVisitDates: ReadonlySet<string>;
  /** Trust-commissioned reviews completed, by reviewTermKey. */
  reviewTerms: ReadonlySet<string>;
};

export const reviewTermKey = (academicYear: string, term: string): string => `${academicYear}|${term}`;

export const initialEvidenceState = (): EvidenceState => ({
  inspectionDates: new Set(),
  annualReviewYears: new Set(),
  outcomeYears: new Set(),
  baselineRecorded: false,
  sip: null,
  sipVisitDates: new Set(),
  reviewTerms: new Set(),
});

export function evolveEvidence(state: EvidenceState, event: EvidenceEvent): EvidenceState {
  switch (event.type) {
    case 'InspectionRecorded':
      return { ...state, inspectionDates: new Set(state.inspectionDates).add(event.data.inspectedOn) };
    case 'AnnualReviewRecorded':
      return { ...state, annualReviewYears: new Set(state.annualReviewYears).add(event.data.academicYear) };
    case 'OutcomeRecorded':
      return { ...state, outcomeYears: new Set(state.outcomeYears).add(event.data.academicYear) };
    case 'RiskAssessed':
      return state;
    case 'BaselineAssessed':
      return { ...state, baselineRecorded: true };
    case 'SipAssigned': {
      const { sipId, name, approvedOn } = event.data;
      return { ...state, sip: { sipId, name, approvedOn } };
    }
    case 'SipVisitRecorded':
      return { ...state, sipVisitDates: new Set(state.sipVisitDates).add(event.data.visitedOn) };
    case 'CommissionedReviewCompleted': {
      const { academicYear, term } = event.data;
      return { ...state, reviewTerms: new Set(state.reviewTerms).add(reviewTermKey(academicYear, term)) };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
