import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { parseRecordId } from '../aim/record-id.js';
import type { CheckPeerReviewReport } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { knownVisit, reportDueBeforeItWasEntered, type PeerReviewVisitState } from './peer-review-visit.state.js';

/**
 * Sent by the deadline job, so safe to repeat: the report is recorded overdue once, when the week after
 * the visit has passed without it ("within a week of the visit": on the due date it is still on time). A
 * visit recorded after its report was due is never chased.
 */
export function checkPeerReviewReport(
  command: CheckPeerReviewReport,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const checkedOn = parseDateNotInFuture(command.checkedOn, 'checkedOn', now);

  const visit = knownVisit(command.visit, visitId);
  if (state.reportSubmittedOn !== null || state.reportOverdueRecorded || checkedOn <= visit.reportDueOn || reportDueBeforeItWasEntered(visit)) {
    return [];
  }
  return [
    {
      type: 'PeerReviewReportOverdue',
      data: {
        visitId,
        hostAcademyId: visit.hostAcademyId,
        leadHeadteacherId: visit.leadHeadteacherId,
        dueOn: visit.reportDueOn,
        checkedOn,
      },
    },
  ];
}
