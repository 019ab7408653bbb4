import { AIM_DOCUMENT_TYPES } from '../aim/aim-document.js';
import { AIM_FORMATS } from '../aim/aim-format.js';
import { AIM_ATTENDEE_ROLES, AIM_HEADINGS } from '../aim/aim-meeting.js';
import type { AimEvent } from '../aim/aim.events.js';
import { RAG_RATINGS } from '../aim/rag-rating.js';
import { EIF_GRADES } from '../evidence/inspection.js';
import type { DatedEventCatalogue } from './event-catalogue.js';

export const aimEventCatalogue: DatedEventCatalogue<AimEvent> = {
  AimScheduled: {
    storedName: 'AimScheduled',
    // v2 added `scheduledOn`. A v1 AIM was stored before that day was kept: it reads null, never a guess.
    schemaVersion: 2,
    upcasters: [(v1) => ({ ...v1, scheduledOn: null })],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      date: data.string('date'),
      format: data.oneOf('format', AIM_FORMATS),
      focus: data.nullableString('focus'),
      documentsDueOn: data.string('documentsDueOn'),
      scheduledOn: data.nullableString('scheduledOn'),
    }),
    effectiveDate: (data) => data.date,
  },
  AimFocusAgreed: {
    storedName: 'AimFocusAgreed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      focus: data.string('focus'),
      agreedOn: data.string('agreedOn'),
    }),
    effectiveDate: (data) => data.agreedOn,
  },
  AimRescheduled: {
    storedName: 'AimRescheduled',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      date: data.string('date'),
      previousDate: data.string('previousDate'),
      documentsDueOn: data.string('documentsDueOn'),
      reason: data.string('reason'),
      rescheduledOn: data.string('rescheduledOn'),
    }),
    effectiveDate: (data) => data.date,
  },
  AimDocumentSubmitted: {
    storedName: 'AimDocumentSubmitted',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      documentType: data.oneOf('documentType', AIM_DOCUMENT_TYPES),
      rag: data.nullableOneOf('rag', RAG_RATINGS),
      submittedOn: data.string('submittedOn'),
    }),
    effectiveDate: (data) => data.submittedOn,
  },
  AimDocumentsOverdue: {
    storedName: 'AimDocumentsOverdue',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      missing: data.oneOfArray('missing', AIM_DOCUMENT_TYPES),
      dueOn: data.string('dueOn'),
      checkedOn: data.string('checkedOn'),
    }),
    effectiveDate: (data) => data.dueOn,
  },
  AimHeld: {
    storedName: 'AimHeld',
    // v2 added each attendee's `staffId`. A v1 meeting kept its attendees by name only: they read null,
    // never a guess (a name is not an id). The stored data stays as it was (the audit trail shows v1).
    // v3 added each priority's `planPriorityId`: a v1 or v2 meeting's priorities were free text, naming no
    // priority of the academy's plan, and read null (a text is not an id, even one a plan's title matches).
    schemaVersion: 3,
    upcasters: [attendeesByNameOnly, prioritiesOfNoPlan],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      format: data.oneOf('format', AIM_FORMATS),
      heldOn: data.string('heldOn'),
      attendees: data.objectArray('attendees').map((attendee) => ({
        name: attendee.string('name'),
        role: attendee.oneOf('role', AIM_ATTENDEE_ROLES),
        chair: attendee.boolean('chair'),
        staffId: attendee.nullableString('staffId'),
      })),
      judgements: data.objectArray('judgements').map((judgement) => ({
        heading: judgement.oneOf('heading', AIM_HEADINGS),
        judgement: judgement.oneOf('judgement', EIF_GRADES),
        comment: judgement.string('comment'),
      })),
      priorities: data.objectArray('priorities').map((priority) => ({
        priority: priority.string('priority'),
        rag: priority.oneOf('rag', RAG_RATINGS),
        planPriorityId: priority.nullableString('planPriorityId'),
      })),
      nextSteps: data.stringArray('nextSteps'),
    }),
    effectiveDate: (data) => data.heldOn,
  },
  AimReportPublished: {
    storedName: 'AimReportPublished',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      aimId: data.string('aimId'),
      academyId: data.string('academyId'),
      publishedOn: data.string('publishedOn'),
      summary: data.string('summary'),
    }),
    effectiveDate: (data) => data.publishedOn,
  },
};

/** A v1 AimHeld read as v2: every attendee known by name only. Anything malformed is left for the reader to refuse. */
function attendeesByNameOnly(v1: Record<string, unknown>): Record<string, unknown> {
  const attendees: unknown = v1['attendees'];
  if (!Array.isArray(attendees)) return v1;
  return {
    ...v1,
    attendees: (attendees as unknown[]).map((attendee) => (typeof attendee === 'object' && attendee !== null && !Array.isArray(attendee) ? { ...attendee, staffId: null } : attendee)),
  };
}

/** A v2 AimHeld read as v3: every priority free text, naming no priority of a plan. Anything malformed is left for the reader to refuse. */
function prioritiesOfNoPlan(v2: Record<string, unknown>): Record<string, unknown> {
  const priorities: unknown = v2['priorities'];
  if (!Array.isArray(priorities)) return v2;
  return {
    ...v2,
    priorities: (priorities as unknown[]).map((priority) => (typeof priority === 'object' && priority !== null && !Array.isArray(priority) ? { ...priority, planPriorityId: null } : priority)),
  };
}
