import { parseText } from '../values/text.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';

/**
 * Seed 003: "the Academy Improvement Director will agree the focus of the AIM with the Headteacher so
 * that they may formulate a programme of activities for the day".
 */
export function parseAimFocus(input: unknown, field: string): string {
  return parseText(input, field, MAX_TEXT_LENGTH);
}
