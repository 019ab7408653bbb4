/** Validation shared by the AIM routes: class-validator checks the shape, the domain the rules (and names the field). */
export { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../common/http/field-messages.js';

/** A focus, reason or summary, as libs/domain bounds it. */
export const MAX_AIM_TEXT_LENGTH = 2000;

export const listMessage = (field: string, shape: string): string => `${field} must be a list of ${shape}`;
