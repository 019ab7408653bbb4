import { parseSummary } from '../evidence/summary.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseTextList } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import type { RecordVisit } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { knownVisit, type PeerReviewVisitState } from './peer-review-visit.state.js';

const MAX_NOTE_LENGTH = 4000;
const MAX_ACTION_LENGTH = 2000;

/**
 * What the visit found, once it has taken place. Seed 003: "The visiting Headteachers will record all
 * observations", the lead gives "constructive and incisive feedback ... identifying actions to be
 * accomplished by the time of the next AIM", and "Visiting Headteachers will also share any other
 * pertinent observations from the day relating to emerging issues, particularly those of a safeguarding
 * nature": each safeguarding concern is flagged on its own, for escalation.
 */
export function recordVisit(
  command: RecordVisit,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const observations = parseTextList(command.observations, 'observations', { min: 1, max: 50 }, MAX_NOTE_LENGTH);
  const feedback = parseSummary(command.feedback, 'feedback');
  const actionsForNextAim = parseTextList(
    command.actionsForNextAim,
    'actionsForNextAim',
    { min: 0, max: 30 },
    MAX_ACTION_LENGTH,
  );
  const safeguardingConcerns = parseTextList(
    command.safeguardingConcerns,
    'safeguardingConcerns',
    { min: 0, max: 20 },
    MAX_NOTE_LENGTH,
  );

  const visit = knownVisit(command.visit, visitId);
  const today = isoDateOf(now);
  if (today < visit.visitDate) {
    throw DomainError.refused(`visit ${visitId} is on ${visit.visitDate}; it cannot be recorded before it takes place`);
  }
  if (state.recordedOn !== null) {
    throw DomainError.conflict(`visit ${visitId} was already recorded on ${state.recordedOn}`);
  }
  const { hostAcademyId, visitDate } = visit;
  return [
    {
      type: 'ReviewVisitRecorded',
      data: { visitId, hostAcademyId, visitDate, observations, feedback, actionsForNextAim, recordedOn: today },
    },
    ...safeguardingConcerns.map(
      (concern, index): PeerReviewVisitEvent => ({
        type: 'SafeguardingConcernFlagged',
        data: { concernId: `${visitId}-${index + 1}`, visitId, hostAcademyId, visitDate, concern, flaggedOn: today },
      }),
    ),
  ];
}
