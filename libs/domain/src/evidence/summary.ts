import { parseText } from '../values/text.js';

/** A written summary (of a review, a visit report, a baseline): longer than a reason, still bounded. */
const MAX_SUMMARY_LENGTH = 4000;

export function parseSummary(input: unknown, field: string): string {
  return parseText(input, field, MAX_SUMMARY_LENGTH);
}
