import { parseTextList } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import { parseSummary } from '../evidence/summary.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordVisit } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { knownVisit, parseObservations, todayOnceVisited, type PeerReviewVisitState } from './peer-review-visit.state.js';
import { ensureMayActOnVisit, parseVisitActor } from './visit-attendance.js';
import { MAX_ITEMS, MAX_TEXT_LENGTH } from '../values/limits.js';


/**
 * The visit held, once it has taken place. Seed 003: "Each visit will finish with constructive and incisive
 * feedback being provided by the Lead Headteacher, to the Host Headteacher, relating to the focus of the
 * visit, identifying actions to be accomplished by the time of the next AIM". So the lead records it, or the
 * facilitator who attends every visit; never the host (403), whose school it judges. Recorded once: a second
 * record is a conflict (409). It carries no safeguarding concern: concerns are each visitor's own record
 * (RecordVisitObservations), which nothing recorded before can refuse.
 */
export function recordVisit(
  command: RecordVisit,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const actor = parseVisitActor(command.actor);
  const observations = parseObservations(command.observations);
  const feedback = parseSummary(command.feedback, 'feedback');
  const actionsForNextAim = parseTextList(
    command.actionsForNextAim,
    'actionsForNextAim',
    { min: 0, max: MAX_ITEMS.actionsForNextAim },
    MAX_TEXT_LENGTH,
  );

  const visit = knownVisit(command.visit, visitId);
  const recordedBy = ensureMayActOnVisit(visit, actor, 'record-held');
  const today = todayOnceVisited(visit, now);
  if (state.recordedOn !== null) {
    throw DomainError.conflict(
      `visit ${visitId} was already recorded held on ${state.recordedOn}; ` +
        'record further observations and concerns as observations',
    );
  }
  const { hostAcademyId, visitDate } = visit;
  return [
    {
      type: 'ReviewVisitRecorded',
      data: { visitId, hostAcademyId, visitDate, recordedBy, observations, feedback, actionsForNextAim, recordedOn: today },
    },
  ];
}
