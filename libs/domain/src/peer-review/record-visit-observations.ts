import { parseRecordId } from '../aim/record-id.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordVisitObservations } from './peer-review-visit.commands.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import {
  concernsFlagged,
  knownVisit,
  parseObservations,
  parseSafeguardingConcerns,
  todayOnceVisited,
  type PeerReviewVisitState,
} from './peer-review-visit.state.js';
import { ensureMayActOnVisit, parseVisitActor } from './visit-attendance.js';

/**
 * Seed 003: "The visiting Headteachers will record all observations on forms to be given to the Host and
 * Lead Headteachers". Each visitor (the lead, a reviewing headteacher, the facilitator) records their own;
 * the host records none about their own school (403). A visitor may record again (a second form, a concern
 * remembered later): each record is a new event, none amended, and it is never refused because of what
 * anyone recorded before, nor because the visit was recorded held or reported on: a concern raised is always
 * flagged.
 */
export function recordVisitObservations(
  command: RecordVisitObservations,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const actor = parseVisitActor(command.actor);
  const observations = parseObservations(command.observations);
  const safeguardingConcerns = parseSafeguardingConcerns(command.safeguardingConcerns);
  if (observations.length === 0 && safeguardingConcerns.length === 0) {
    throw DomainError.invalid('observations', 'record at least one observation or safeguarding concern');
  }

  const visit = knownVisit(command.visit, visitId);
  const recordedBy = ensureMayActOnVisit(visit, actor, 'record-observations');
  const today = todayOnceVisited(visit, now);
  const { hostAcademyId, visitDate } = visit;
  return [
    ...(observations.length === 0
      ? []
      : [
          {
            type: 'VisitObservationsRecorded',
            data: { visitId, hostAcademyId, visitDate, recordedBy, observations, recordedOn: today },
          } satisfies PeerReviewVisitEvent,
        ]),
    ...concernsFlagged(visit, state, safeguardingConcerns, recordedBy, today),
  ];
}
