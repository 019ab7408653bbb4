import { RAG_RATINGS } from '../aim/rag-rating.js';
import type { PeerReviewEvent } from '../peer-review/peer-review.events.js';
import { VISIT_ROLES, type VisitAttendee } from '../peer-review/visit-attendance.js';
import { academicYearStart } from '../values/academic-year.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import type { EventDataReader } from './event-data-reader.js';

const attendee = (data: EventDataReader): VisitAttendee => ({
  personId: data.string('personId'),
  role: data.oneOf('role', VISIT_ROLES),
});

const nullableAttendee = (data: EventDataReader, key: string): VisitAttendee | null => {
  const found = data.nullableObject(key);
  return found === null ? null : attendee(found);
};

export const peerReviewEventCatalogue: DatedEventCatalogue<PeerReviewEvent> = {
  PeerReviewGroupFormed: {
    storedName: 'PeerReviewGroupFormed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      groupId: data.string('groupId'),
      name: data.string('name'),
      academicYear: data.string('academicYear'),
      members: data.objectArray('members').map((member) => ({
        headteacherId: member.string('headteacherId'),
        name: member.string('name'),
        academyId: member.string('academyId'),
      })),
      leadHeadteacherId: data.string('leadHeadteacherId'),
    }),
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
  ReviewVisitScheduled: {
    storedName: 'ReviewVisitScheduled',
    // v2 added `scheduledOn`. A v1 visit was stored before that day was kept: it reads null, never a guess.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, scheduledOn: null })],
    read: (data) => ({
      visitId: data.string('visitId'),
      groupId: data.string('groupId'),
      academicYear: data.string('academicYear'),
      hostAcademyId: data.string('hostAcademyId'),
      hostHeadteacherId: data.string('hostHeadteacherId'),
      leadHeadteacherId: data.string('leadHeadteacherId'),
      reviewerIds: data.stringArray('reviewerIds'),
      facilitatorUserId: data.nullableString('facilitatorUserId'),
      visitDate: data.string('visitDate'),
      visitNumber: data.number('visitNumber'),
      focusDueOn: data.string('focusDueOn'),
      reportDueOn: data.string('reportDueOn'),
      scheduledOn: data.nullableString('scheduledOn'),
    }),
    effectiveDate: (data) => data.visitDate,
  },
  VisitFocusSet: {
    storedName: 'VisitFocusSet',
    // v2 added the visit's `academicYear` and each aspect's `planPriorityId`. A v1 focus was free text,
    // stored without its year: both read null, never a guess (a text is not an id, even one a plan's title matches).
    // v3 added `ratedOn`. Before it, a focus was always rated the day it was set: a v1 or v2 focus reads its `setOn`.
    schemaVersion: 3,
    upcasters: [aspectsOfNoPlan, (v2) => ({ ...v2, ratedOn: v2['setOn'] })],
    read: (data) => ({
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      academicYear: data.nullableString('academicYear'),
      aspects: data.objectArray('aspects').map((aspect) => ({
        aspect: aspect.string('aspect'),
        rag: aspect.oneOf('rag', RAG_RATINGS),
        planPriorityId: aspect.nullableString('planPriorityId'),
      })),
      setOn: data.string('setOn'),
      ratedOn: data.string('ratedOn'),
    }),
    effectiveDate: (data) => data.ratedOn,
  },
  ReviewVisitRecorded: {
    storedName: 'ReviewVisitRecorded',
    // v2 added `recordedBy`. A v1 record was one record of everyone's observations, stored without saying
    // who made it (the metadata's actor sent it, in whatever part): it reads `null`, never a guess.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, recordedBy: null })],
    read: (data) => ({
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      visitDate: data.string('visitDate'),
      recordedBy: nullableAttendee(data, 'recordedBy'),
      observations: data.stringArray('observations'),
      feedback: data.string('feedback'),
      actionsForNextAim: data.stringArray('actionsForNextAim'),
      recordedOn: data.string('recordedOn'),
    }),
    effectiveDate: (data) => data.visitDate,
  },
  VisitObservationsRecorded: {
    storedName: 'VisitObservationsRecorded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      visitDate: data.string('visitDate'),
      recordedBy: attendee(data.object('recordedBy')),
      observations: data.stringArray('observations'),
      recordedOn: data.string('recordedOn'),
    }),
    effectiveDate: (data) => data.visitDate,
  },
  SafeguardingConcernFlagged: {
    storedName: 'SafeguardingConcernFlagged',
    // v2 added `raisedBy`; a v1 concern was stored without it and reads `null`.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, raisedBy: null })],
    read: (data) => ({
      concernId: data.string('concernId'),
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      visitDate: data.string('visitDate'),
      concern: data.string('concern'),
      raisedBy: nullableAttendee(data, 'raisedBy'),
      flaggedOn: data.string('flaggedOn'),
    }),
    effectiveDate: (data) => data.visitDate,
  },
  PeerReviewReportSubmitted: {
    storedName: 'PeerReviewReportSubmitted',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      leadHeadteacherId: data.string('leadHeadteacherId'),
      summary: data.string('summary'),
      submittedOn: data.string('submittedOn'),
      dueOn: data.string('dueOn'),
      late: data.boolean('late'),
    }),
    effectiveDate: (data) => data.submittedOn,
  },
  PeerReviewReportOverdue: {
    storedName: 'PeerReviewReportOverdue',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      visitId: data.string('visitId'),
      hostAcademyId: data.string('hostAcademyId'),
      leadHeadteacherId: data.string('leadHeadteacherId'),
      dueOn: data.string('dueOn'),
      checkedOn: data.string('checkedOn'),
    }),
    effectiveDate: (data) => data.dueOn,
  },
};

/** A v1 VisitFocusSet read as v2: of no year it kept, every aspect free text. Anything malformed is left for the reader to refuse. */
function aspectsOfNoPlan(v1: Record<string, unknown>): Record<string, unknown> {
  const aspects: unknown = v1['aspects'];
  return {
    ...v1,
    academicYear: null,
    ...(Array.isArray(aspects)
      ? {
          aspects: (aspects as unknown[]).map((aspect) =>
            typeof aspect === 'object' && aspect !== null && !Array.isArray(aspect) ? { ...aspect, planPriorityId: null } : aspect,
          ),
        }
      : {}),
  };
}
