import { DomainError } from '../shared/domain-error.js';
import { parseRecordId } from '../aim/record-id.js';
import { parseOneOf } from '../values/one-of.js';

/**
 * Where a priority was RAG rated: on the plan itself; at an Academy Improvement Meeting (seed 003: AIMs
 * "review, amend or confirm the academy's priorities"); or by the host headteacher a week before a peer review
 * visit ("One week prior to the meeting, the Host Headteacher will RAG rate the Academy Improvement Plan
 * priorities which are to be the focus").
 */
export const RATING_SOURCES = ['direct', 'aim', 'peer-visit'] as const;
export type RatingSourceKind = (typeof RATING_SOURCES)[number];

/** Every field is stored whatever the kind, null where it does not apply (see PlanOwner for why). */
export type RatingSource =
  | { kind: 'direct'; aimId: null; visitId: null }
  | { kind: 'aim'; aimId: string; visitId: null }
  | { kind: 'peer-visit'; aimId: null; visitId: string };

const given = (value: unknown): boolean => value !== undefined && value !== null;

/** The source, with the AIM's id for `aim` and the visit's for `peer-visit`, and neither otherwise. */
export function parseRatingSource(source: unknown, aimId: unknown, visitId: unknown): RatingSource {
  const kind = parseOneOf(RATING_SOURCES, source, 'source');
  switch (kind) {
    case 'direct':
      refuseGiven(aimId, 'aimId', kind);
      refuseGiven(visitId, 'visitId', kind);
      return { kind, aimId: null, visitId: null };
    case 'aim':
      refuseGiven(visitId, 'visitId', kind);
      return { kind, aimId: parseRecordId(aimId, 'aimId'), visitId: null };
    case 'peer-visit':
      refuseGiven(aimId, 'aimId', kind);
      return { kind, aimId: null, visitId: parseRecordId(visitId, 'visitId') };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

function refuseGiven(value: unknown, field: string, kind: RatingSourceKind): void {
  if (given(value)) {
    throw DomainError.invalid(field, `must not be given for a rating from source "${kind}"`);
  }
}
