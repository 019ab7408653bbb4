import type { RetentionCategory } from './retention-categories.js';

/** A record erased because its retention ended: its key destroyed, so its personal data reads `[erased]`. */
export interface ErasedForRetention {
  /** The key store's name of the record's key: a stream and academic year, or a safeguarding concern's id (pseudonyms, no personal data). */
  key: string;
  category: RetentionCategory;
  academicYear: string;
  /** The schedule's years for the category when it was applied. */
  years: number;
  /** The last day the record was kept. */
  keptUntil: string;
}

/** Retention applied on a day: the records whose retention had ended, erased. No personal data. */
export type RetentionAppliedData = {
  runOn: string;
  erased: ErasedForRetention[];
};

export type RetentionEvent = { type: 'RetentionApplied'; data: RetentionAppliedData };

/** One stream per day retention runs on: every run of the day adds what it erased. */
export const retentionStreamId = (runOn: string): string => `retention-${runOn}`;
