import { parseSummary } from '../evidence/summary.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseRecordId } from '../aim/record-id.js';
import type { SubmitPeerReviewReport } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { dayItCameIn } from '../aim/recorded-after-the-fact.js';
import { knownVisit, visitRecordedAfterTheFact, type PeerReviewVisitState } from './peer-review-visit.state.js';
import { ensureMayActOnVisit, parseVisitActor } from './visit-attendance.js';

/**
 * Seed 003: "A short summary report will be completed by the Lead Headteacher within a week of the visit
 * which will be sent to the attendees, the CEO and the chair of governors." A late report is still
 * accepted, and says it was late. It is dated by the clock, not by its author, so a late report cannot be
 * backdated into the week. A visit recorded after the fact takes the day its report was sent.
 */
export function submitPeerReviewReport(
  command: SubmitPeerReviewReport,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const actor = parseVisitActor(command.actor);
  const summary = parseSummary(command.summary, 'summary');

  const visit = knownVisit(command.visit, visitId);
  ensureMayActOnVisit(visit, actor, 'submit-report');
  if (state.recordedOn === null) {
    throw DomainError.refused(`visit ${visitId} has not been recorded yet; record it before reporting on it`);
  }
  if (state.reportSubmittedOn !== null) {
    throw DomainError.conflict(
      `the summary report of visit ${visitId} was already submitted on ${state.reportSubmittedOn}`,
    );
  }
  // The visit was recorded held, so it has taken place: today is never before it.
  const submittedOn = dayItCameIn(command.submittedOn, 'submittedOn', { afterTheFact: visitRecordedAfterTheFact(visit), earliest: visit.visitDate, now });
  return [
    {
      type: 'PeerReviewReportSubmitted',
      data: {
        visitId,
        hostAcademyId: visit.hostAcademyId,
        leadHeadteacherId: visit.leadHeadteacherId,
        summary,
        submittedOn,
        dueOn: visit.reportDueOn,
        late: submittedOn > visit.reportDueOn,
      },
    },
  ];
}
