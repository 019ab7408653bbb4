/**
 * The shape rules of the finance commands, as the API checks them (its OpenAPI document publishes the same
 * bounds), so a form never sends what the API would refuse for its shape. Each returns the message to show
 * beside the field, or null.
 */

/** A paragraph the API accepts: a description, a reason. */
export const MAX_TEXT_LENGTH = 2000;
/** A person's name. */
export const MAX_NAME_LENGTH = 200;
/** The most days one entry may log. */
export const MAX_DAYS_PER_ENTRY = 200;
/** The most an amount may be: £1,000,000. */
export const MAX_PENCE = 100_000_000;

export function requiredText(value: string, what: string, max = MAX_TEXT_LENGTH): string | null {
  if (value.trim() === '') return `Enter ${what}`;
  if (value.trim().length > max) return `Keep ${what} to ${max.toLocaleString('en-GB')} characters`;
  return null;
}

/** Days in half days (0.5, 1, 1.5, ...), more than 0 and at most MAX_DAYS_PER_ENTRY; the number, or null when not. */
export function halfDaysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days > 0 && days <= MAX_DAYS_PER_ENTRY && Number.isInteger(days * 2) ? days : null;
}

export function halfDaysRule(text: string): string | null {
  return halfDaysOf(text) === null ? `Enter days in half days (0.5, 1, 1.5, …), more than 0 and at most ${MAX_DAYS_PER_ENTRY}` : null;
}

/** Today in the browser's calendar, as the date inputs give it. */
export function isoToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A day support was given: a real date, not after today (the API refuses a day not yet given). */
export function deliveredOnRule(value: string, today: string = isoToday()): string | null {
  if (!isRealDate(value)) return 'Enter the date the support was given';
  if (value > today) return 'The date must not be in the future: log support once it has been given';
  return null;
}

/** The academic year a date falls in, September to August: "2025-03-12" → "2024/25"; null for no date. */
export function academicYearOfDate(value: string): string | null {
  if (!isRealDate(value)) return null;
  const year = Number(value.slice(0, 4));
  const start = Number(value.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** An amount typed in pounds ("1,234.50", "£600", "600.5") in whole pence; null when it is not one, or beyond MAX_PENCE. */
export function penceOfPounds(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (match === null) return null;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(pence) && pence <= MAX_PENCE ? pence : null;
}

export function poundsRule(text: string): string | null {
  return penceOfPounds(text) === null ? 'Enter an amount in pounds, such as 6,000 or 6,000.50, up to £1,000,000' : null;
}
