import { AIM_DOCUMENT_TYPES, type AimDocumentType } from './aim-document.js';
import type { AimState } from './aim.state.js';

/** When an AIM's documents are due, and which of them have not been submitted. */
export type AimDeadline = { dueOn: string; missing: AimDocumentType[] };

/**
 * For the deadline job: the documents of a scheduled AIM that are still missing, in the seed's order, and
 * the day they are due (a week before the meeting). Null when there is nothing to chase: the AIM is not
 * scheduled, the meeting has been held, or the AIM was recorded after the fact.
 */
export function aimDeadline(state: AimState): AimDeadline | null {
  if (state.status !== 'scheduled' || state.recordedAfterTheFact) {
    return null;
  }
  return {
    dueOn: state.documentsDueOn,
    missing: AIM_DOCUMENT_TYPES.filter((documentType) => !state.documents.has(documentType)),
  };
}
