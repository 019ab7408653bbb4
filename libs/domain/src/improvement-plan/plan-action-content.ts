import { parseIsoDate, type IsoDate } from '../values/iso-date.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';
import { parseText } from '../values/text.js';

/** What is to be done: a paragraph, as an AIM's next step is. */
export function parseActionDescription(input: unknown, field: string): string {
  return parseText(input, field, MAX_TEXT_LENGTH);
}

/**
 * The day an action is due: any day of the ledger's window. A plan drafted in the summer has actions due before
 * its year begins, and some run on into the next.
 */
export function parseActionDueOn(input: unknown, field: string): IsoDate {
  return parseIsoDate(input, field);
}
