/** Events of one data subject's own record (`data-subject-<subjectId>`): what the ledger did with their data. */

/**
 * A subject's personal data erased: their key destroyed, so everything sealed under it reads `[erased]`.
 * No personal data: the subject's id is a pseudonym (`staff:st-41`), who erased is a user id, and the
 * reason is free text sealed under this record's own key, never under the erased subject's.
 */
export type PersonalDataErasedData = {
  subjectId: string;
  erasedBy: string;
  reason: string;
  /** The instant the erasure was recorded (UTC): the subject's key is destroyed at that instant. */
  erasedAt: string;
};

export type DataSubjectEvent = { type: 'PersonalDataErased'; data: PersonalDataErasedData };

export const dataSubjectStreamId = (subjectId: string): string => `data-subject-${subjectId}`;
