import { DomainError } from '../shared/domain-error.js';
import type { AimDocumentType } from './aim-document.js';
import type { AimFormat } from './aim-format.js';
import type { RagRating } from './rag-rating.js';

/** One AIM: not scheduled yet, or scheduled (and perhaps held, and its report published). */
export type AimState = NotScheduledAim | ScheduledAim;

export type NotScheduledAim = { status: 'not-scheduled' };

export type SubmittedAimDocument = { rag: RagRating | null; submittedOn: string };

export type ScheduledAim = {
  status: 'scheduled' | 'held';
  aimId: string;
  academyId: string;
  academicYear: string;
  date: string;
  format: AimFormat;
  focus: string | null;
  /** Whether the focus has been agreed (AgreeAimFocus), not only proposed when scheduling. */
  focusAgreed: boolean;
  documentsDueOn: string;
  /**
   * Scheduled once its day had passed: a meeting recorded after the fact, whose documents are never chased
   * and carry the day they came in. Moving the AIM (to today or later) plans it afresh.
   */
  recordedAfterTheFact: boolean;
  /** The latest submission of each type. */
  documents: ReadonlyMap<AimDocumentType, SubmittedAimDocument>;
  /** Documents already recorded overdue, per due date (see overdueKey). */
  overdue: ReadonlySet<string>;
  heldOn: string | null;
  reportPublishedOn: string | null;
};

export const overdueKey = (dueOn: string, documentType: AimDocumentType): string => `${dueOn}|${documentType}`;

/** The state a command on an existing AIM needs, or 404 when it was never scheduled. */
export function scheduledAim(state: AimState, aimId: string): ScheduledAim {
  if (state.status === 'not-scheduled' || state.aimId !== aimId) {
    throw DomainError.notFound(`AIM ${aimId} has not been scheduled`);
  }
  return state;
}

/** Refuses (422) a command that only makes sense before the meeting. */
export function refuseOnceHeld(aim: ScheduledAim, action: string): void {
  if (aim.status === 'held') {
    throw DomainError.refused(`AIM ${aim.aimId} was held on ${String(aim.heldOn)}, so it can no longer ${action}`);
  }
}
