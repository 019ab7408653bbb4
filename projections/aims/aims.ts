import {
  AIM_DOCUMENT_TYPES,
  type AimAttendee,
  type AimDocumentType,
  type AimFormat,
  type AimJudgement,
  type AimPriority,
  type DomainEvent,
  type RagRating,
} from '@trust/domain';

/** The events the aims read model is folded from: every event of an AIM's stream. */
export const AIMS_EVENT_TYPES = [
  'AimScheduled',
  'AimFocusAgreed',
  'AimRescheduled',
  'AimDocumentSubmitted',
  'AimDocumentsOverdue',
  'AimHeld',
  'AimReportPublished',
] as const;

type AimsEvent = Extract<DomainEvent, { type: (typeof AIMS_EVENT_TYPES)[number] }>;

/** One of the six documents due a week before the meeting, as it stands. */
export interface AimDocumentView {
  type: AimDocumentType;
  submitted: boolean;
  /** Only the previous AIM report and the pupil premium strategy are RAG rated. */
  rag: RagRating | null;
  submittedOn: string | null;
  /** Recorded overdue at the current due date (it stays true when the document comes in late). */
  overdue: boolean;
}

export interface AimReschedule {
  date: string;
  previousDate: string;
  reason: string;
  rescheduledOn: string;
}

/** A check at a deadline that found documents missing (AimDocumentsOverdue). */
export interface AimOverdueRecord {
  dueOn: string;
  checkedOn: string;
  missing: AimDocumentType[];
}

export interface AimOutcome {
  heldOn: string;
  attendees: AimAttendee[];
  judgements: AimJudgement[];
  priorities: AimPriority[];
  nextSteps: string[];
}

/** An Academy Improvement Meeting as GET /aims/:aimId answers it. */
export interface AimView {
  aimId: string;
  academyId: string;
  academicYear: string;
  date: string;
  format: AimFormat;
  focus: string | null;
  focusAgreed: boolean;
  documentsDueOn: string;
  status: 'scheduled' | 'held' | 'reported';
  documents: AimDocumentView[];
  /** Documents recorded overdue at the current due date, in the seed's order. */
  overdueDocuments: AimDocumentType[];
  overdueChecks: AimOverdueRecord[];
  reschedules: AimReschedule[];
  outcome: AimOutcome | null;
  report: { publishedOn: string; summary: string } | null;
  /** Global position of the last event folded in, as a decimal string. */
  position: string;
}

export type Aims = ReadonlyMap<string, AimView>;

export function isAimsEvent(event: DomainEvent): event is AimsEvent {
  return (AIMS_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * The AIMs after one more event at `position`. Pure: returns the same map when nothing changes. An
 * event at or before the position an AIM was last changed at is one already applied, and changes nothing.
 */
export function evolveAims(aims: Aims, event: DomainEvent, position: bigint): Aims {
  if (!isAimsEvent(event)) return aims;
  const current = aims.get(event.data.aimId);
  if (current !== undefined && BigInt(current.position) >= position) return aims;
  const next = evolveAim(current, event, position.toString());
  return next === current || next === undefined ? aims : new Map(aims).set(next.aimId, next);
}

function evolveAim(aim: AimView | undefined, event: AimsEvent, position: string): AimView | undefined {
  if (event.type === 'AimScheduled') {
    if (aim !== undefined) return aim;
    const { aimId, academyId, academicYear, date, format, focus, documentsDueOn } = event.data;
    return {
      aimId,
      academyId,
      academicYear,
      date,
      format,
      focus,
      focusAgreed: false,
      documentsDueOn,
      status: 'scheduled',
      documents: AIM_DOCUMENT_TYPES.map((type) => ({ type, submitted: false, rag: null, submittedOn: null, overdue: false })),
      overdueDocuments: [],
      overdueChecks: [],
      reschedules: [],
      outcome: null,
      report: null,
      position,
    };
  }
  if (aim === undefined) return undefined;
  switch (event.type) {
    case 'AimFocusAgreed':
      return { ...aim, focus: event.data.focus, focusAgreed: true, position };
    case 'AimRescheduled': {
      const { academicYear, date, previousDate, documentsDueOn, reason, rescheduledOn } = event.data;
      // A new due date is checked afresh: nothing is overdue at it yet.
      return withOverdueAt(
        { ...aim, academicYear, date, documentsDueOn, reschedules: [...aim.reschedules, { date, previousDate, reason, rescheduledOn }], position },
        documentsDueOn,
      );
    }
    case 'AimDocumentSubmitted': {
      const { documentType, rag, submittedOn } = event.data;
      const documents = aim.documents.map((document) => (document.type === documentType ? { ...document, submitted: true, rag, submittedOn } : document));
      return { ...aim, documents, position };
    }
    case 'AimDocumentsOverdue': {
      const { dueOn, checkedOn, missing } = event.data;
      return withOverdueAt({ ...aim, overdueChecks: [...aim.overdueChecks, { dueOn, checkedOn, missing: [...missing] }], position }, aim.documentsDueOn);
    }
    case 'AimHeld': {
      const { heldOn, attendees, judgements, priorities, nextSteps } = event.data;
      if (aim.outcome !== null) return aim;
      return { ...aim, status: 'held', outcome: { heldOn, attendees, judgements, priorities, nextSteps }, position };
    }
    case 'AimReportPublished':
      if (aim.report !== null) return aim;
      return { ...aim, status: 'reported', report: { publishedOn: event.data.publishedOn, summary: event.data.summary }, position };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** Sets each document's overdue flag from the checks recorded at `dueOn`. */
function withOverdueAt(aim: AimView, dueOn: string): AimView {
  const overdue = new Set(aim.overdueChecks.filter((check) => check.dueOn === dueOn).flatMap((check) => check.missing));
  return {
    ...aim,
    documents: aim.documents.map((document) => ({ ...document, overdue: overdue.has(document.type) })),
    overdueDocuments: AIM_DOCUMENT_TYPES.filter((type) => overdue.has(type)),
  };
}
