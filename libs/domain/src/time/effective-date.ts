import type { DomainEvent } from '../events/domain-event.js';
import type { Term } from '../kpi/kpi-name.js';
import { tierTakesEffectOn } from '../tier/tier-takes-effect.js';
import { academicYearStart } from '../values/academic-year.js';

/**
 * The last day of a term, by the trust's calendar convention (school term dates vary by local
 * authority, so one fixed date per term is used): autumn ends 31 December, spring 31 March, summer
 * 31 July of the academic year. A KPI figure measures its term, so it is effective from the term's end.
 */
export function termEnd(academicYear: string, term: Term): string {
  const start = Number(academicYearStart(academicYear).slice(0, 4));
  switch (term) {
    case 'autumn':
      return `${pad(start)}-12-31`;
    case 'spring':
      return `${pad(start + 1)}-03-31`;
    case 'summer':
      return `${pad(start + 1)}-07-31`;
    default: {
      const _exhaustive: never = term;
      return _exhaustive;
    }
  }
}

/** 1 September of the academic year: when a target, a budget or a rate card takes effect. */
function yearStart(academicYear: string): string {
  return academicYearStart(academicYear);
}

function pad(year: number): string {
  return String(year).padStart(4, '0');
}

/**
 * The date in the school world an event is about (ISO `YYYY-MM-DD`), the axis `on=<date>` reads: "the
 * state on that date by everything known now". Pure, from the event's own data. A correction takes the
 * date of the fact it corrects (a KPI correction: its term's end), so a later correction changes what
 * was true on that date. A recharge reversal is about no day of its own: null here, and the ledger
 * dates its contra entries by the reversed recharge's delivery day, which the reversal carries.
 * Null too for events about no school-world date (expertise records).
 */
export function effectiveDateOf(event: DomainEvent): string | null {
  switch (event.type) {
    case 'AcademyRegistered':
      return event.data.joinedOn;
    case 'KpiTargetSet':
      return yearStart(event.data.academicYear);
    case 'KpiRecorded':
    case 'KpiCorrected':
      return termEnd(event.data.academicYear, event.data.term);
    case 'InspectionRecorded':
      return event.data.inspectedOn;
    case 'AnnualReviewRecorded':
    case 'OutcomeRecorded':
    case 'ImprovementBudgetAgreed':
    case 'RateCardSet':
    case 'PeerReviewGroupFormed':
      return yearStart(event.data.academicYear);
    case 'TierAssigned':
      return tierTakesEffectOn(event.data.academicYear, event.data.decidedOn);
    case 'RiskAssessed':
    case 'BaselineAssessed':
      return event.data.assessedOn;
    case 'SipAssigned':
      return event.data.approvedOn;
    case 'SipVisitRecorded':
      return event.data.visitedOn;
    case 'CommissionedReviewCompleted':
      return event.data.completedOn;
    case 'CoreDayLogged':
    case 'RechargeLogged':
      return event.data.deliveredOn;
    case 'RechargeReversed':
      return null;
    case 'AimScheduled':
    case 'AimRescheduled':
      return event.data.date;
    case 'AimFocusAgreed':
      return event.data.agreedOn;
    case 'AimDocumentSubmitted':
      return event.data.submittedOn;
    case 'AimDocumentsOverdue':
    case 'PeerReviewReportOverdue':
      return event.data.dueOn;
    case 'AimHeld':
      return event.data.heldOn;
    case 'AimReportPublished':
      return event.data.publishedOn;
    case 'ReviewVisitScheduled':
    case 'ReviewVisitRecorded':
    case 'VisitObservationsRecorded':
    case 'SafeguardingConcernFlagged':
      return event.data.visitDate;
    case 'VisitFocusSet':
      return event.data.setOn;
    case 'PeerReviewReportSubmitted':
      return event.data.submittedOn;
    case 'ExpertiseRegistered':
    case 'ExpertiseUpdated':
    case 'ExpertiseWithdrawn':
      return null;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
