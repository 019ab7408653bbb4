import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseOneOf } from '../values/one-of.js';
import { AIM_DOCUMENT_TYPES, RAG_RATED_AIM_DOCUMENTS, type AimDocumentType } from './aim-document.js';
import type { SubmitAimDocument } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { refuseOnceHeld, scheduledAim, type AimState } from './aim.state.js';
import { dayItCameIn } from './recorded-after-the-fact.js';
import { parseRagRating, type RagRating } from './rag-rating.js';
import { parseRecordId } from './record-id.js';

/**
 * A document circulated to the improvement director before the meeting. Each submission is a new event:
 * a later one of the same type replaces the earlier one, which stays in the stream. It is dated by the
 * clock, never by the sender: a late document must not look as if it came in before its deadline. Only a
 * meeting recorded after the fact takes the day each document came in (never after the meeting's day).
 */
export function submitAimDocument(
  command: SubmitAimDocument,
  state: AimState,
  { now }: DecisionContext,
): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const documentType = parseOneOf(AIM_DOCUMENT_TYPES, command.documentType, 'type');
  const rag = parseDocumentRag(command.rag, documentType);

  const aim = scheduledAim(state, aimId);
  refuseOnceHeld(aim, 'take documents');
  const submittedOn = dayItCameIn(command.submittedOn, 'submittedOn', { afterTheFact: aim.recordedAfterTheFact, latest: aim.date, now });
  return [{ type: 'AimDocumentSubmitted', data: { aimId, academyId: aim.academyId, documentType, rag, submittedOn } }];
}

/** Seed 003: "the previous AIM report RAG rated and the PP strategy RAG rated"; the other documents are not. */
function parseDocumentRag(input: unknown, documentType: AimDocumentType): RagRating | null {
  const given = input !== undefined && input !== null;
  if (RAG_RATED_AIM_DOCUMENTS.includes(documentType)) {
    if (!given) {
      throw DomainError.invalid('rag', `is required for the ${documentType}, which is circulated RAG rated`);
    }
    return parseRagRating(input, 'rag');
  }
  if (given) {
    throw DomainError.invalid('rag', `must be left out for the ${documentType}, which is not RAG rated`);
  }
  return null;
}
