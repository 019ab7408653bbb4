import { parseOneOf } from '../values/one-of.js';

/**
 * A RAG rating someone gives (a document, a priority, an improvement-plan aspect). Unlike a KPI's RAG
 * it is never grey: grey means "no figure yet", and a rating is only given with a judgement.
 */
export const RAG_RATINGS = ['red', 'amber', 'green'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

export function parseRagRating(input: unknown, field: string): RagRating {
  return parseOneOf(RAG_RATINGS, input, field);
}
