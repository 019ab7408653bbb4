import { passedBeforeItWasEntered, type DomainEvent } from '@trust/domain';
import { checkTime, type Deadline, type DeadlineKind } from './deadline.js';

/** What one event changes in the table of pending deadlines. */
export type DeadlineChange =
  /** A deadline to chase (new, or moved: it replaces the subject's earlier one). */
  | { kind: 'due'; deadline: Deadline }
  /** Nothing left to chase for the subject: at `dueOn` only, or at any due date when null. */
  | { kind: 'settled'; deadlineKind: DeadlineKind; subjectId: string; dueOn: string | null }
  /** A visit in a group's diary: when it is recorded, its report falls due (see `visit-recorded`). */
  | { kind: 'visit-scheduled'; visitId: string; groupId: string; reportDueOn: string }
  /** A visit took place: its report's deadline, from the diary (the event does not name the group). */
  | { kind: 'visit-recorded'; visitId: string; recordedAt: Date };

/** The stored event types the reactor reads; it decodes no other. */
export const DEADLINE_EVENT_TYPES = [
  'AimScheduled',
  'AimRescheduled',
  'AimDocumentsOverdue',
  'AimHeld',
  'ReviewVisitScheduled',
  'ReviewVisitRecorded',
  'PeerReviewReportSubmitted',
  'PeerReviewReportOverdue',
] as const;

/**
 * Pure: the deadlines an event sets, moves or settles. `recordedAt` is when the store recorded the event
 * (a deadline set after its due date runs at the end of that day: see checkTime).
 */
export function deadlineChangesOf(event: DomainEvent, recordedAt: Date): DeadlineChange[] {
  return isDeadlineEvent(event) ? changesOf(event, recordedAt) : [];
}

type DeadlineEvent = Extract<DomainEvent, { type: (typeof DEADLINE_EVENT_TYPES)[number] }>;

function isDeadlineEvent(event: DomainEvent): event is DeadlineEvent {
  return (DEADLINE_EVENT_TYPES as readonly string[]).includes(event.type);
}

function changesOf(event: DeadlineEvent, recordedAt: Date): DeadlineChange[] {
  switch (event.type) {
    case 'AimScheduled':
    case 'AimRescheduled': {
      const { aimId, documentsDueOn } = event.data;
      if (event.type === 'AimScheduled' && passedBeforeItWasEntered(event.data.date, event.data.scheduledOn)) {
        // A meeting recorded after the fact: nothing could have been sent for a day already gone.
        return [{ kind: 'settled', deadlineKind: 'aim-documents', subjectId: aimId, dueOn: null }];
      }
      return [{ kind: 'due', deadline: { kind: 'aim-documents', subjectId: aimId, dueOn: documentsDueOn, runAt: checkTime(documentsDueOn, recordedAt) } }];
    }
    case 'AimDocumentsOverdue':
      return [{ kind: 'settled', deadlineKind: 'aim-documents', subjectId: event.data.aimId, dueOn: event.data.dueOn }];
    case 'AimHeld':
      return [{ kind: 'settled', deadlineKind: 'aim-documents', subjectId: event.data.aimId, dueOn: null }];
    case 'ReviewVisitScheduled':
      // A visit recorded after its report was due sets no deadline: nothing could be sent by a day gone.
      if (passedBeforeItWasEntered(event.data.reportDueOn, event.data.scheduledOn)) return [];
      return [{ kind: 'visit-scheduled', visitId: event.data.visitId, groupId: event.data.groupId, reportDueOn: event.data.reportDueOn }];
    case 'ReviewVisitRecorded':
      return [{ kind: 'visit-recorded', visitId: event.data.visitId, recordedAt }];
    case 'PeerReviewReportSubmitted':
    case 'PeerReviewReportOverdue':
      return [{ kind: 'settled', deadlineKind: 'peer-review-report', subjectId: event.data.visitId, dueOn: null }];
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The report deadline of a recorded visit, from its diary entry. */
export function peerReviewReportDeadline(visitId: string, groupId: string, reportDueOn: string, recordedAt: Date): Deadline {
  return { kind: 'peer-review-report', subjectId: visitId, groupId, dueOn: reportDueOn, runAt: checkTime(reportDueOn, recordedAt) };
}
