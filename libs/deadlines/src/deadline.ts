import { addDays, calendarDate, isoDateOf } from '@trust/domain';

/**
 * A deadline the trust chases: an AIM's documents, due a week before the meeting (seed 003), and a peer
 * review's summary report, due within a week of the visit. Each is checked once it has passed, by a
 * delayed job that runs the domain's check (CheckAimDocuments, CheckPeerReviewReport).
 */
export type Deadline =
  | { kind: 'aim-documents'; subjectId: string; dueOn: string; runAt: Date }
  | { kind: 'peer-review-report'; subjectId: string; groupId: string; dueOn: string; runAt: Date };

export type DeadlineKind = Deadline['kind'];

export const DEADLINE_KINDS: readonly DeadlineKind[] = ['aim-documents', 'peer-review-report'];

/** What a deadline check job carries: JSON, so dates are ISO strings. */
export type DeadlineCheckData =
  | { kind: 'aim-documents'; subjectId: string; dueOn: string }
  | { kind: 'peer-review-report'; subjectId: string; groupId: string; dueOn: string };

/** The job name deadline checks run under (a BullMQ queue of its own). */
export const DEADLINE_CHECK_JOB = 'deadline-check';

/**
 * One job per deadline and due date: scheduling the same deadline again (a redelivered event, a restart)
 * coalesces with the job already queued; a reschedule moves the due date, so it gets a job of its own.
 */
export function deadlineJobId({ kind, subjectId, dueOn }: Pick<Deadline, 'kind' | 'subjectId' | 'dueOn'>): string {
  return `deadline-${kind}-${subjectId}-${dueOn}`;
}

/** The idempotency key of the check a job runs: a retried or duplicated job finds its own events and records nothing. */
export function deadlineCheckKey({ kind, subjectId, dueOn }: Pick<Deadline, 'kind' | 'subjectId' | 'dueOn'>): string {
  return `deadline-check:${kind}:${subjectId}:${dueOn}`;
}

export function deadlineCheckData(deadline: Deadline): DeadlineCheckData {
  return deadline.kind === 'aim-documents'
    ? { kind: deadline.kind, subjectId: deadline.subjectId, dueOn: deadline.dueOn }
    : { kind: deadline.kind, subjectId: deadline.subjectId, groupId: deadline.groupId, dueOn: deadline.dueOn };
}

/** Midnight UTC after `date`: the day is over in London too (London is UTC or UTC+1). */
export function endOfDay(date: string): Date {
  return new Date(`${addDays(calendarDate(date, 'date'), 1)}T00:00:00Z`);
}

/**
 * When a deadline's check runs: at the end of its due date, so a document sent on the day is on time. A
 * deadline set after its due date had passed (an AIM arranged less than a week ahead) runs at the end of
 * the day it was set instead: the academy is not in default the moment the meeting is booked.
 */
export function checkTime(dueOn: string, setAt: Date): Date {
  const due = endOfDay(dueOn);
  const set = endOfDay(isoDateOf(setAt));
  return due.getTime() >= set.getTime() ? due : set;
}
