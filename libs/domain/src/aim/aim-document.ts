/**
 * Seed 003: "Leaders of each academy are responsible for circulating the following documents by email to
 * the AID one week before the meeting: The most recent Headteacher report to governors, SEF, Academy
 * Improvement Plan, the LGB minutes, the previous AIM report RAG rated and the PP strategy RAG rated."
 */
export const AIM_DOCUMENT_TYPES = [
  'headteacher-report',
  'sef',
  'improvement-plan',
  'lgb-minutes',
  'previous-aim-report',
  'pupil-premium-strategy',
] as const;
export type AimDocumentType = (typeof AIM_DOCUMENT_TYPES)[number];

/** "the previous AIM report RAG rated and the PP strategy RAG rated": only these two carry a RAG rating. */
export const RAG_RATED_AIM_DOCUMENTS: readonly AimDocumentType[] = ['previous-aim-report', 'pupil-premium-strategy'];

/** Seed 003: documents are circulated "one week before the meeting". */
export const AIM_DOCUMENTS_DUE_DAYS_BEFORE = 7;
