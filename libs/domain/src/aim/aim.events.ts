import type { AimDocumentType } from './aim-document.js';
import type { AimFormat } from './aim-format.js';
import type { AimAttendee, AimJudgement, AimPriority } from './aim-meeting.js';
import type { RagRating } from './rag-rating.js';

/** Events of one Academy Improvement Meeting's stream (`aim-<aimId>`). Data is plain JSON: dates are ISO strings. */

export type AimScheduledData = {
  aimId: string;
  academyId: string;
  /** The academic year of `date`: the year whose three AIMs this is one of. */
  academicYear: string;
  date: string;
  format: AimFormat;
  focus: string | null;
  /** A week before `date`: when the documents are due. */
  documentsDueOn: string;
  /**
   * The server's day the AIM was scheduled (schema 2): after `date` for a meeting recorded after the fact,
   * whose documents are then never chased. Null for AIMs stored at schema 1.
   */
  scheduledOn: string | null;
};

export type AimFocusAgreedData = {
  aimId: string;
  academyId: string;
  focus: string;
  agreedOn: string;
};

/** The AIM moved: the previous date is kept, and the documents fall due a week before the new one. */
export type AimRescheduledData = {
  aimId: string;
  academyId: string;
  academicYear: string;
  date: string;
  previousDate: string;
  documentsDueOn: string;
  reason: string;
  rescheduledOn: string;
};

/** A document circulated; a later one of the same type replaces it. */
export type AimDocumentSubmittedData = {
  aimId: string;
  academyId: string;
  documentType: AimDocumentType;
  /** Only the previous AIM report and the pupil premium strategy are RAG rated; null for the others. */
  rag: RagRating | null;
  submittedOn: string;
};

/** Documents missing at the deadline, each recorded once per due date. */
export type AimDocumentsOverdueData = {
  aimId: string;
  academyId: string;
  missing: AimDocumentType[];
  dueOn: string;
  checkedOn: string;
};

export type AimHeldData = {
  aimId: string;
  academyId: string;
  academicYear: string;
  /** The projection counts coreDaysOfAim(format) toward the academy's core days. */
  format: AimFormat;
  heldOn: string;
  attendees: AimAttendee[];
  judgements: AimJudgement[];
  priorities: AimPriority[];
  nextSteps: string[];
};

export type AimReportPublishedData = {
  aimId: string;
  academyId: string;
  publishedOn: string;
  summary: string;
};

export type AimEvent =
  | { type: 'AimScheduled'; data: AimScheduledData }
  | { type: 'AimFocusAgreed'; data: AimFocusAgreedData }
  | { type: 'AimRescheduled'; data: AimRescheduledData }
  | { type: 'AimDocumentSubmitted'; data: AimDocumentSubmittedData }
  | { type: 'AimDocumentsOverdue'; data: AimDocumentsOverdueData }
  | { type: 'AimHeld'; data: AimHeldData }
  | { type: 'AimReportPublished'; data: AimReportPublishedData };

export const aimStreamId = (aimId: string): string => `aim-${aimId}`;
