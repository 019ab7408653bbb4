/** Validation shared by the evidence routes: the domain checks the rest (dates not in the future, framework fields) and names the field. */

export { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../common/http/field-messages.js';

/** A written summary (review, visit report, baseline), as libs/domain bounds it. */
export const MAX_SUMMARY_LENGTH = 4000;
