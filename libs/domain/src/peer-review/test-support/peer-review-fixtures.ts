import { deciderSpec } from '../../test-support/decider-spec.js';
import { peerReviewGroupDecider } from '../peer-review-group.decider.js';
import type {
  PeerReviewGroupEvent,
  PeerReviewGroupFormedData,
  ReviewVisitScheduledData,
  ScheduledReviewVisit,
} from '../peer-review-group.events.js';
import { peerReviewVisitDecider } from '../peer-review-visit.decider.js';
import type {
  PeerReviewReportOverdueData,
  PeerReviewReportSubmittedData,
  PeerReviewVisitEvent,
  ReviewVisitRecordedData,
  SafeguardingConcernFlaggedData,
  VisitFocusSetData,
  VisitObservationsRecordedData,
} from '../peer-review-visit.events.js';
import type { VisitActor, VisitAttendee } from '../visit-attendance.js';

/** Fixtures for the peer review specs: "now" is Wednesday 12 March 2025. */

export const NOW = new Date('2025-03-12T12:00:00Z');
export const TODAY = '2025-03-12';

export const givenGroup = deciderSpec(peerReviewGroupDecider, { now: NOW });
export const givenVisit = deciderSpec(peerReviewVisitDecider, { now: NOW });

export const GROUP_ID = 'north-hub';
export const VISIT_ID = 'visit-1';

export const OAK = { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: '111111' };
export const ASH = { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: '222222' };
export const ELM = { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: '333333' };
export const FACILITATOR_ID = 'user-aid';

/** A headteacher acting as themselves: their user id is their headteacher id. */
export const asHeadteacher = (member: { headteacherId: string }): VisitActor => ({
  userId: member.headteacherId,
  headteacherId: member.headteacherId,
});
export const AS_FACILITATOR: VisitActor = { userId: FACILITATOR_ID, headteacherId: null };

export const LEAD: VisitAttendee = { personId: ASH.headteacherId, role: 'lead' };
export const REVIEWER: VisitAttendee = { personId: ELM.headteacherId, role: 'reviewer' };
export const FACILITATOR: VisitAttendee = { personId: FACILITATOR_ID, role: 'facilitator' };

export function groupFormed(data: Partial<PeerReviewGroupFormedData> = {}): PeerReviewGroupEvent {
  return {
    type: 'PeerReviewGroupFormed',
    data: {
      groupId: GROUP_ID,
      name: 'North hub peer review',
      academicYear: '2024/25',
      members: [{ ...OAK }, { ...ASH }, { ...ELM }],
      leadHeadteacherId: ASH.headteacherId,
      ...data,
    },
  };
}

export const formed = groupFormed();

/**
 * By default, Oak's first visit of the year, on Wednesday 26 March 2025, led by Ash and reviewed by Elm,
 * facilitated by the improvement director.
 */
export function scheduledVisit(data: Partial<ReviewVisitScheduledData> = {}): ScheduledReviewVisit {
  return {
    visitId: VISIT_ID,
    groupId: GROUP_ID,
    academicYear: '2024/25',
    hostAcademyId: OAK.academyId,
    hostHeadteacherId: OAK.headteacherId,
    leadHeadteacherId: ASH.headteacherId,
    reviewerIds: [ELM.headteacherId],
    facilitatorUserId: FACILITATOR_ID,
    visitDate: '2025-03-26',
    visitNumber: 1,
    focusDueOn: '2025-03-19',
    reportDueOn: '2025-04-02',
    scheduledOn: TODAY,
    ...data,
  };
}

export function visitScheduled(data: Partial<ReviewVisitScheduledData> = {}): PeerReviewGroupEvent {
  return { type: 'ReviewVisitScheduled', data: scheduledVisit(data) };
}

/** The default visit, moved to Monday 10 March 2025: it has taken place, its report due on 17 March. */
export const VISITED = scheduledVisit({ visitDate: '2025-03-10', focusDueOn: '2025-03-03', reportDueOn: '2025-03-17' });

/** A visit on Monday 3 March 2025, its report due on 10 March: overdue now. */
export const VISITED_LONG_AGO = scheduledVisit({
  visitDate: '2025-03-03',
  focusDueOn: '2025-02-24',
  reportDueOn: '2025-03-10',
  scheduledOn: '2025-02-03',
});

/** A visit of Monday 3 February 2025 entered in the diary only today, after its report was due (10 February). */
export const RECORDED_AFTER_THE_FACT = scheduledVisit({
  visitDate: '2025-02-03',
  focusDueOn: '2025-01-27',
  reportDueOn: '2025-02-10',
});

export function visitFocusSet(data: Partial<VisitFocusSetData> = {}): PeerReviewVisitEvent {
  return {
    type: 'VisitFocusSet',
    data: {
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      academicYear: '2024/25',
      aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber', planPriorityId: null }],
      setOn: TODAY,
      ratedOn: TODAY,
      ...data,
    },
  };
}

export const OBSERVATIONS = ['Phonics groups well matched to need', 'Decodable books not always matched in Year 2'];
export const FEEDBACK = 'Strong start to phonics; align reading books with the scheme.';
export const ACTIONS = ['Audit reading books against the phonics scheme before the summer AIM'];

/** By default, the visit recorded held by its lead, with no observations of their own. */
export function visitRecorded(data: Partial<ReviewVisitRecordedData> = {}): PeerReviewVisitEvent {
  return {
    type: 'ReviewVisitRecorded',
    data: {
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      visitDate: '2025-03-10',
      recordedBy: LEAD,
      observations: [],
      feedback: FEEDBACK,
      actionsForNextAim: [...ACTIONS],
      recordedOn: TODAY,
      ...data,
    },
  };
}

/** By default, the reviewing headteacher's observations. */
export function observationsRecorded(data: Partial<VisitObservationsRecordedData> = {}): PeerReviewVisitEvent {
  return {
    type: 'VisitObservationsRecorded',
    data: {
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      visitDate: '2025-03-10',
      recordedBy: REVIEWER,
      observations: [...OBSERVATIONS],
      recordedOn: TODAY,
      ...data,
    },
  };
}

/** By default, raised by the reviewing headteacher. */
export function concernFlagged(data: Partial<SafeguardingConcernFlaggedData> = {}): PeerReviewVisitEvent {
  return {
    type: 'SafeguardingConcernFlagged',
    data: {
      concernId: `${VISIT_ID}-1`,
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      visitDate: '2025-03-10',
      concern: 'Side gate left unlocked during the school day',
      raisedBy: REVIEWER,
      flaggedOn: TODAY,
      ...data,
    },
  };
}

export function reportSubmitted(data: Partial<PeerReviewReportSubmittedData> = {}): PeerReviewVisitEvent {
  return {
    type: 'PeerReviewReportSubmitted',
    data: {
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      leadHeadteacherId: ASH.headteacherId,
      summary: 'Phonics is well led; reading books need aligning with the scheme.',
      submittedOn: TODAY,
      dueOn: '2025-03-17',
      late: false,
      ...data,
    },
  };
}

export function reportOverdue(data: Partial<PeerReviewReportOverdueData> = {}): PeerReviewVisitEvent {
  return {
    type: 'PeerReviewReportOverdue',
    data: {
      visitId: VISIT_ID,
      hostAcademyId: OAK.academyId,
      leadHeadteacherId: ASH.headteacherId,
      dueOn: '2025-03-10',
      checkedOn: TODAY,
      ...data,
    },
  };
}

/** Strings that are not text of 1–`max` characters once trimmed. */
export const badTexts = (max: number): [string, unknown][] => [
  ['empty', ''],
  ['only spaces', '   '],
  [`longer than ${max} characters`, 'x'.repeat(max + 1)],
  ['not a string', 42],
];
