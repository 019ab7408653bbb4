import { parseTextList } from '../aim/input-lists.js';
import { passedBeforeItWasEntered } from '../aim/recorded-after-the-fact.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import type { ScheduledReviewVisit } from './peer-review-group.events.js';
import type { FocusAspect, PeerReviewVisitEvent } from './peer-review-visit.events.js';
import type { VisitAttendee } from './visit-attendance.js';
import { MAX_ITEMS, MAX_LONG_TEXT_LENGTH } from '../values/limits.js';

/**
 * What has happened on one visit's stream. The visit's schedule is not here: it is in the group's diary,
 * and each command carries it.
 */
export type PeerReviewVisitState = {
  focus: readonly FocusAspect[] | null;
  /** When the visit was recorded held (its feedback and actions). */
  recordedOn: string | null;
  reportSubmittedOn: string | null;
  reportOverdueRecorded: boolean;
  /** How many concerns have been flagged on the visit: the next one's id follows on. */
  concernsFlagged: number;
};

/**
 * A visit entered in the diary once it had taken place: a group's past year recorded after the fact. Its
 * focus may still be entered, and its report carries the day it was sent.
 */
export function visitRecordedAfterTheFact(visit: ScheduledReviewVisit): boolean {
  return passedBeforeItWasEntered(visit.visitDate, visit.scheduledOn);
}

/** A visit entered in the diary after its report was due: the report is never chased. */
export function reportDueBeforeItWasEntered(visit: ScheduledReviewVisit): boolean {
  return passedBeforeItWasEntered(visit.reportDueOn, visit.scheduledOn);
}

/** The visit a command carries, or 404 when the group's diary has no such visit. */
export function knownVisit(visit: ScheduledReviewVisit | null, visitId: string): ScheduledReviewVisit {
  if (visit === null || visit.visitId !== visitId) {
    throw DomainError.notFound(`peer review visit ${visitId} is not in any group's diary`);
  }
  return visit;
}

/** A visitor's observations: free texts, none to fifty. */
export function parseObservations(input: unknown): string[] {
  return parseTextList(input ?? [], 'observations', { min: 0, max: MAX_ITEMS.observations }, MAX_LONG_TEXT_LENGTH);
}

export function parseSafeguardingConcerns(input: unknown): string[] {
  return parseTextList(input ?? [], 'safeguardingConcerns', { min: 0, max: MAX_ITEMS.safeguardingConcerns }, MAX_LONG_TEXT_LENGTH);
}

/** The day the visit is recorded on, refused (422) before the visit has taken place. */
export function todayOnceVisited(visit: ScheduledReviewVisit, now: Date): string {
  const today = isoDateOf(now);
  if (today < visit.visitDate) {
    throw DomainError.refused(`visit ${visit.visitId} is on ${visit.visitDate}; it cannot be recorded before it takes place`);
  }
  return today;
}

/**
 * Seed 003: "Visiting Headteachers will also share any other pertinent observations from the day relating to
 * emerging issues, particularly those of a safeguarding nature": each concern is flagged on its own, for
 * escalation, whoever raised it and whatever was recorded before. Ids run on from those already flagged.
 */
export function concernsFlagged(
  visit: ScheduledReviewVisit,
  state: PeerReviewVisitState,
  concerns: readonly string[],
  raisedBy: VisitAttendee,
  flaggedOn: string,
): PeerReviewVisitEvent[] {
  const { visitId, hostAcademyId, visitDate } = visit;
  return concerns.map((concern, index) => ({
    type: 'SafeguardingConcernFlagged',
    data: {
      concernId: `${visitId}-${state.concernsFlagged + index + 1}`,
      visitId,
      hostAcademyId,
      visitDate,
      concern,
      raisedBy,
      flaggedOn,
    },
  }));
}
