import type { DomainEvent, FocusAspect, PeerReviewEvent, PeerReviewMember, ScheduledReviewVisit, VisitAttendee } from '@trust/domain';

/**
 * The peer-reviews read model, as a pure fold: each group with its members, and each visit as the group's
 * diary schedules it with what its own stream adds (focus, each visitor's observations, the visit held,
 * concerns, report). A visit's contents are confidential: the API answers them only where mayReadPeerReview
 * allows.
 */

export interface PeerReviewGroupView {
  groupId: string;
  name: string;
  academicYear: string;
  members: PeerReviewMember[];
  leadHeadteacherId: string;
  position: bigint;
}

export interface VisitFocus {
  aspects: FocusAspect[];
  setOn: string;
}

/** The visit held: the lead's feedback and the actions for the next AIM. */
export interface VisitFindings {
  /** Null for a record stored before the recorder was kept (ReviewVisitRecorded v1). */
  recordedBy: VisitAttendee | null;
  feedback: string;
  actionsForNextAim: string[];
  recordedOn: string;
}

/** One visitor's record of what they observed, in the order recorded; a visitor may have several. */
export interface ObservationRecord {
  /** Null for the observations of a record stored before the recorder was kept (ReviewVisitRecorded v1). */
  recordedBy: VisitAttendee | null;
  observations: string[];
  recordedOn: string;
}

export interface FlaggedConcern {
  concernId: string;
  concern: string;
  /** Null for a concern stored before who raised it was kept (SafeguardingConcernFlagged v1). */
  raisedBy: VisitAttendee | null;
  flaggedOn: string;
}

export interface VisitReport {
  summary: string;
  submittedOn: string;
  dueOn: string;
  late: boolean;
}

export interface PeerReviewVisitView extends ScheduledReviewVisit {
  focus: VisitFocus | null;
  observations: ObservationRecord[];
  findings: VisitFindings | null;
  safeguardingConcerns: FlaggedConcern[];
  report: VisitReport | null;
  /** When the deadline job found the report missing: the day it checked. */
  reportOverdueOn: string | null;
  position: bigint;
}

/** A concern flagged on a visit, for escalation (with the visit's group, to find who attended). */
export interface SafeguardingConcernView extends FlaggedConcern {
  visitId: string;
  groupId: string;
  hostAcademyId: string;
  visitDate: string;
  position: bigint;
}

export interface PeerReviews {
  groups: ReadonlyMap<string, PeerReviewGroupView>;
  visits: ReadonlyMap<string, PeerReviewVisitView>;
  concerns: ReadonlyMap<string, SafeguardingConcernView>;
  /** The last position folded in: an event at or below it has been seen and changes nothing. */
  lastPosition: bigint;
}

/** What one event changes: the new version of a group, a visit or a concern (at most one of each). */
export interface PeerReviewsChange {
  group: PeerReviewGroupView | null;
  visit: PeerReviewVisitView | null;
  concern: SafeguardingConcernView | null;
}

const PEER_REVIEW_EVENT_TYPES = [
  'PeerReviewGroupFormed',
  'ReviewVisitScheduled',
  'VisitFocusSet',
  'ReviewVisitRecorded',
  'VisitObservationsRecorded',
  'SafeguardingConcernFlagged',
  'PeerReviewReportSubmitted',
  'PeerReviewReportOverdue',
] as const satisfies readonly PeerReviewEvent['type'][];

export const PEER_REVIEWS_SOURCE_EVENT_TYPES: readonly PeerReviewEvent['type'][] = PEER_REVIEW_EVENT_TYPES;

export function isPeerReviewEvent(event: DomainEvent): event is PeerReviewEvent {
  return (PEER_REVIEW_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const initialPeerReviews = (): PeerReviews => ({ groups: new Map(), visits: new Map(), concerns: new Map(), lastPosition: 0n });

const NO_CHANGE: PeerReviewsChange = { group: null, visit: null, concern: null };

/**
 * What the event at `position` changes, given the current group and visit it is about (null when not yet
 * known). Pure. A visit event for a visit the model has not scheduled changes nothing: the domain never
 * appends one, and the model does not invent a schedule for it.
 */
export function peerReviewsChange(
  event: PeerReviewEvent,
  position: bigint,
  current: { group: PeerReviewGroupView | null; visit: PeerReviewVisitView | null },
): PeerReviewsChange {
  switch (event.type) {
    case 'PeerReviewGroupFormed':
      return current.group === null ? { ...NO_CHANGE, group: { ...event.data, position } } : NO_CHANGE;
    case 'ReviewVisitScheduled':
      return current.visit === null
        ? {
            ...NO_CHANGE,
            visit: { ...event.data, focus: null, observations: [], findings: null, safeguardingConcerns: [], report: null, reportOverdueOn: null, position },
          }
        : NO_CHANGE;
    case 'VisitFocusSet':
      return withVisit(current.visit, position, { focus: { aspects: event.data.aspects, setOn: event.data.setOn } });
    case 'ReviewVisitRecorded': {
      // The domain records a visit held once; the first record stands.
      const { recordedBy, observations, feedback, actionsForNextAim, recordedOn } = event.data;
      const visit = current.visit;
      if (visit === null || visit.findings !== null) return NO_CHANGE;
      return withVisit(visit, position, {
        findings: { recordedBy, feedback, actionsForNextAim, recordedOn },
        observations: observations.length === 0 ? visit.observations : [...visit.observations, { recordedBy, observations, recordedOn }],
      });
    }
    case 'VisitObservationsRecorded': {
      const { recordedBy, observations, recordedOn } = event.data;
      return withVisit(current.visit, position, { observations: [...(current.visit?.observations ?? []), { recordedBy, observations, recordedOn }] });
    }
    case 'SafeguardingConcernFlagged': {
      const visit = current.visit;
      const { concernId, concern, raisedBy, flaggedOn, visitId, hostAcademyId, visitDate } = event.data;
      if (visit === null || visit.safeguardingConcerns.some((flagged) => flagged.concernId === concernId)) return NO_CHANGE;
      return {
        group: null,
        visit: { ...visit, safeguardingConcerns: [...visit.safeguardingConcerns, { concernId, concern, raisedBy, flaggedOn }], position },
        concern: { concernId, concern, raisedBy, flaggedOn, visitId, groupId: visit.groupId, hostAcademyId, visitDate, position },
      };
    }
    case 'PeerReviewReportSubmitted': {
      const { summary, submittedOn, dueOn, late } = event.data;
      return withVisit(current.visit, position, { report: { summary, submittedOn, dueOn, late } });
    }
    case 'PeerReviewReportOverdue':
      return withVisit(current.visit, position, { reportOverdueOn: event.data.checkedOn });
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function withVisit(visit: PeerReviewVisitView | null, position: bigint, change: Partial<PeerReviewVisitView>): PeerReviewsChange {
  return visit === null ? NO_CHANGE : { ...NO_CHANGE, visit: { ...visit, ...change, position } };
}

/** The id of the group and of the visit an event is about. */
export function subjectOf(event: PeerReviewEvent): { groupId: string | null; visitId: string | null } {
  switch (event.type) {
    case 'PeerReviewGroupFormed':
      return { groupId: event.data.groupId, visitId: null };
    case 'ReviewVisitScheduled':
      return { groupId: event.data.groupId, visitId: event.data.visitId };
    case 'VisitFocusSet':
    case 'ReviewVisitRecorded':
    case 'VisitObservationsRecorded':
    case 'SafeguardingConcernFlagged':
    case 'PeerReviewReportSubmitted':
    case 'PeerReviewReportOverdue':
      return { groupId: null, visitId: event.data.visitId };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The model after one more event at `position`. Pure; an event at or below the last position changes nothing. */
export function evolvePeerReviews(model: PeerReviews, event: DomainEvent, position: bigint): PeerReviews {
  if (position <= model.lastPosition) return model;
  if (!isPeerReviewEvent(event)) return { ...model, lastPosition: position };
  const { groupId, visitId } = subjectOf(event);
  const change = peerReviewsChange(event, position, {
    group: groupId === null ? null : (model.groups.get(groupId) ?? null),
    visit: visitId === null ? null : (model.visits.get(visitId) ?? null),
  });
  const groups = change.group === null ? model.groups : new Map(model.groups).set(change.group.groupId, change.group);
  const visits = change.visit === null ? model.visits : new Map(model.visits).set(change.visit.visitId, change.visit);
  const concerns = change.concern === null ? model.concerns : new Map(model.concerns).set(change.concern.concernId, change.concern);
  return { groups, visits, concerns, lastPosition: position };
}
