import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseList, parseObjectItem } from '../aim/input-lists.js';
import { parseRagRating, type RagRating } from '../aim/rag-rating.js';
import { parseRecordId } from '../aim/record-id.js';
import {
  linkPlanPriorities,
  lookedUpPlan,
  parsePlanPriorityReference,
  refuseRepeatedPlanPriorities,
  type PlanPriorityReference,
} from '../improvement-plan/plan-look-up.js';
import type { SetVisitFocus } from './peer-review-visit.commands.js';
import type { FocusAspect, PeerReviewVisitEvent } from './peer-review-visit.events.js';
import { knownVisit, visitRecordedAfterTheFact, type PeerReviewVisitState } from './peer-review-visit.state.js';
import { ensureMayActOnVisit, parseVisitActor } from './visit-attendance.js';
import { MAX_FOCUS_ASPECTS } from './visits-per-host.js';

/**
 * Seed 003: visits focus "on one, or a maximum of two aspects of the Academy Improvement Plan, to be
 * decided by the host school", and "One week prior to the meeting, the Host Headteacher will RAG rate the
 * Academy Improvement Plan priorities which are to be the focus". So only the host's headteacher sets it
 * (403 for anyone else), and only before the day of the visit; setting it again before then replaces it. A
 * visit recorded after the fact takes its focus whenever it is entered. When the host has an improvement plan
 * for the visit's academic year, each aspect names one of its priorities (422 otherwise), and its rating is
 * the host's rating of that priority; with no plan, aspects are free text.
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
  if (command.hostPlan === null) {
    // The application looks the host's plan up whenever it finds the visit.
    throw new Error(`visit ${visitId} is in the diary, but the host's improvement plan was not looked up`);
  }
  const hostPlan = lookedUpPlan(command.hostPlan, visit.hostAcademyId, visit.academicYear);
  const focus: FocusAspect[] = linkPlanPriorities(aspects, hostPlan, { list: 'aspects', text: 'aspect' }).map(
    ({ text, rag, planPriorityId }) => ({ aspect: text, rag, planPriorityId }),
  );
  if (state.focus !== null && sameAspects(state.focus, focus)) {
    return [];
  }
  // Entered once the visit had taken place (a visit recorded after the fact): rated, as the seed has it, a week before.
  const ratedOn = today >= visit.visitDate ? visit.focusDueOn : today;
  return [
    {
      type: 'VisitFocusSet',
      data: { visitId, hostAcademyId: visit.hostAcademyId, academicYear: visit.academicYear, aspects: focus, setOn: today, ratedOn },
    },
  ];
}

function parseAspects(input: unknown): (PlanPriorityReference & { rag: RagRating })[] {
  const aspects = parseList(input, 'aspects', { min: 1, max: MAX_FOCUS_ASPECTS }, (raw, field) => {
    const item = parseObjectItem(raw, field, '{ aspect?, rag, planPriorityId? }');
    return { ...parsePlanPriorityReference(item, field, 'aspect'), rag: parseRagRating(item.get('rag'), `${field}.rag`) };
  });
  const [first, second] = [aspects[0]?.text ?? null, aspects[1]?.text ?? null];
  if (first !== null && second !== null && first.toLowerCase() === second.toLowerCase()) {
    throw DomainError.invalid('aspects[1].aspect', `${second} is listed twice`);
  }
  refuseRepeatedPlanPriorities(aspects, 'aspects');
  return aspects;
}

function sameAspects(a: readonly FocusAspect[], b: readonly FocusAspect[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (aspect, index) =>
        aspect.aspect === b[index]?.aspect && aspect.rag === b[index]?.rag && aspect.planPriorityId === b[index]?.planPriorityId,
    )
  );
}
