import { parseText } from '../values/text.js';
import { MAX_LONG_TEXT_LENGTH } from '../values/limits.js';


/** A written summary (of a review, a visit report, a baseline): longer than a reason, still bounded. */
export function parseSummary(input: unknown, field: string): string {
  return parseText(input, field, MAX_LONG_TEXT_LENGTH);
}
