/** Validation shared by the finance routes: class-validator checks the shape, the domain the rules (and names the field). */

export const ACADEMIC_YEAR_PATTERN = /^\d{4}\/\d{2}$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const academicYearMessage = 'academicYear must be an academic year YYYY/YY, e.g. 2024/25';
export const dateMessage = (field: string): string => `${field} must be a date YYYY-MM-DD`;
export const textMessage = (field: string): string => `${field} must be a string`;
export const notEmptyMessage = (field: string): string => `${field} must not be empty`;
export const maxLengthMessage = (field: string, length: number): string => `${field} must be at most ${length} characters`;
export const oneOfMessage = (field: string, values: readonly string[]): string => `${field} must be one of: ${values.join(', ')}`;
export const penceMessage = (field: string): string => `${field} must be a whole, non-negative number of pence`;
export const daysMessage = (field: string): string => `${field} must be a number of days in half days (0.5, 1, 1.5, ...)`;

/** A description or reason, as libs/domain bounds it. */
export const MAX_TEXT_LENGTH = 2000;

export const DAYS_DESCRIPTION = 'Days of support, in half days (0.5, 1, 1.5, ...): more than 0, at most 200.';
