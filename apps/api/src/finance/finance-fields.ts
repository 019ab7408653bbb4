/** Validation shared by the finance routes: class-validator checks the shape, the domain the rules (and names the field). */

export { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../common/http/field-messages.js';
export const daysMessage = (field: string): string => `${field} must be a number of days in half days (0.5, 1, 1.5, ...)`;

/** A description or reason, as libs/domain bounds it. */
export const MAX_TEXT_LENGTH = 2000;

export const DAYS_DESCRIPTION = 'Days of support, in half days (0.5, 1, 1.5, ...): more than 0, at most 200.';
