import { DomainError } from '../shared/domain-error.js';
import type { ScheduledReviewVisit } from './peer-review-group.events.js';
import type { FocusAspect } from './peer-review-visit.events.js';

/**
 * What has happened on one visit's stream. The visit's schedule is not here: it is in the group's diary,
 * and each command carries it.
 */
export type PeerReviewVisitState = {
  focus: readonly FocusAspect[] | null;
  recordedOn: string | null;
  reportSubmittedOn: string | null;
  reportOverdueRecorded: boolean;
};

/** The visit a command carries, or 404 when the group's diary has no such visit. */
export function knownVisit(visit: ScheduledReviewVisit | null, visitId: string): ScheduledReviewVisit {
  if (visit === null || visit.visitId !== visitId) {
    throw DomainError.notFound(`peer review visit ${visitId} is not in any group's diary`);
  }
  return visit;
}
