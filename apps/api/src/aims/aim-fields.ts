/** Validation shared by the AIM routes: class-validator checks the shape, the domain the rules (and names the field). */
export { dateMessage, ISO_DATE_PATTERN, maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../finance/finance-fields.js';

/** A focus, reason or summary, as libs/domain bounds it. */
export const MAX_AIM_TEXT_LENGTH = 2000;

export const listMessage = (field: string, shape: string): string => `${field} must be a list of ${shape}`;
