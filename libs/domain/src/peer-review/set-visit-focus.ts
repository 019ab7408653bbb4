import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseText } from '../values/text.js';
import { parseList, parseObjectItem } from '../aim/input-lists.js';
import { parseRagRating } from '../aim/rag-rating.js';
import { parseRecordId } from '../aim/record-id.js';
import type { SetVisitFocus } from './peer-review-visit.commands.js';
import type { FocusAspect, PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { knownVisit, visitRecordedAfterTheFact, type PeerReviewVisitState } from './peer-review-visit.state.js';
import { ensureMayActOnVisit, parseVisitActor } from './visit-attendance.js';
import { MAX_FOCUS_ASPECTS } from './visits-per-host.js';
import { MAX_LINE_LENGTH } from '../values/limits.js';


/**
 * Seed 003: visits focus "on one, or a maximum of two aspects of the Academy Improvement Plan, to be
 * decided by the host school", and "One week prior to the meeting, the Host Headteacher will RAG rate the
 * Academy Improvement Plan priorities which are to be the focus". So only the host's headteacher sets it
 * (403 for anyone else), and only before the day of the visit; setting it again before then replaces it. A
 * visit recorded after the fact takes its focus whenever it is entered.
 */
export function setVisitFocus(
  command: SetVisitFocus,
  state: PeerReviewVisitState,
  { now }: DecisionContext,
): PeerReviewVisitEvent[] {
  const visitId = parseRecordId(command.visitId, 'visitId');
  const actor = parseVisitActor(command.actor);
  const aspects = parseAspects(command.aspects);

  const visit = knownVisit(command.visit, visitId);
  ensureMayActOnVisit(visit, actor, 'set-focus');
  const today = isoDateOf(now);
  if (today >= visit.visitDate && !visitRecordedAfterTheFact(visit)) {
    throw DomainError.refused(
      `visit ${visitId} is on ${visit.visitDate}; its focus is set before the day of the visit`,
    );
  }
  if (state.focus !== null && sameAspects(state.focus, aspects)) {
    return [];
  }
  return [{ type: 'VisitFocusSet', data: { visitId, hostAcademyId: visit.hostAcademyId, aspects, setOn: today } }];
}

function parseAspects(input: unknown): FocusAspect[] {
  const aspects = parseList(input, 'aspects', { min: 1, max: MAX_FOCUS_ASPECTS }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ aspect, rag }');
    return {
      aspect: parseText(item.get('aspect'), `${field}.aspect`, MAX_LINE_LENGTH),
      rag: parseRagRating(item.get('rag'), `${field}.rag`),
    };
  });
  const [first, second] = aspects;
  if (first !== undefined && second !== undefined && first.aspect.toLowerCase() === second.aspect.toLowerCase()) {
    throw DomainError.invalid('aspects[1].aspect', `${second.aspect} is listed twice`);
  }
  return aspects;
}

function sameAspects(a: readonly FocusAspect[], b: readonly FocusAspect[]): boolean {
  return (
    a.length === b.length &&
    a.every((aspect, index) => aspect.aspect === b[index]?.aspect && aspect.rag === b[index]?.rag)
  );
}
