/** Validation shared by the evidence routes: the domain checks the rest (real dates, not in the future, framework fields) and names the field. */

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const dateMessage = (field: string): string => `${field} must be a date YYYY-MM-DD`;
export const textMessage = (field: string): string => `${field} must be a string`;
export const notEmptyMessage = (field: string): string => `${field} must not be empty`;
export const maxLengthMessage = (field: string, length: number): string => `${field} must be at most ${length} characters`;
export const oneOfMessage = (field: string, values: readonly string[]): string => `${field} must be one of: ${values.join(', ')}`;

/** A written summary (review, visit report, baseline), as libs/domain bounds it. */
export const MAX_SUMMARY_LENGTH = 4000;
