/**
 * The API's shape rules, checked in the browser so a form never sends what the API would refuse for its
 * shape (the domain's rules, such as who chairs a meeting, stay the API's to say). Each answers a message in
 * plain words, or null when the value is fine.
 */

/** The longest texts the API takes (libs/domain's values/limits.ts). */
export const TEXT_LIMITS = { name: 200, line: 500, text: 2000, longText: 4000 } as const;

// The API refuses control characters (but tab and line breaks) and bidirectional overrides in any text.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Free text the API takes: something written (once trimmed), at most `max` characters, no control characters. */
export function textProblem(value: string, max: number, what: string): string | null {
  const text = value.trim();
  if (text === '') return `Write ${what}`;
  if (text.length > max) return `At most ${max.toLocaleString('en-GB')} characters (${text.length.toLocaleString('en-GB')} written)`;
  if (CONTROL.test(text)) return 'Contains a control character: retype it';
  return null;
}

/** As textProblem, but an empty field is fine (the API's optional texts). */
export function optionalTextProblem(value: string, max: number, what: string): string | null {
  return value.trim() === '' ? null : textProblem(value, max, what);
}

// The ledger's ids of staff (libs/domain's record ids): they become part of a stream id and a URL.
const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A member of staff's id as the API takes it (the database of expertise's, an AIM attendee's). */
export function staffIdProblem(value: string): string | null {
  return STAFF_ID.test(value) ? null : 'Use 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date as the API reads it (YYYY-MM-DD, as a date input gives it). */
export function dateProblem(value: string, what: string): string | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return `Enter ${what}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return `${value} is not a date`;
  return null;
}

/** A weekday: the API's "school day" (it knows no term dates). */
export function schoolDayProblem(value: string, what: string): string | null {
  const problem = dateProblem(value, what);
  if (problem !== null) return problem;
  const day = new Date(`${value}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6 ? 'Choose a school day, Monday to Friday' : null;
}

const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today on the trust's calendar (London), YYYY-MM-DD: the day the API calls today, whatever the browser's
 * time zone. The console's one reading of the clock; forms and tests pass their own `now`.
 */
export function todayInLondon(now: Date = new Date()): string {
  return london.format(now);
}

/** A day that has come: the API refuses a meeting or a document dated in the future. */
export function pastDateProblem(value: string, what: string, today: string = todayInLondon()): string | null {
  const problem = dateProblem(value, what);
  if (problem !== null) return problem;
  return value > today ? 'Must not be in the future' : null;
}

/** A list typed one item a line: each line trimmed, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A list typed one a line, as the API bounds it: at most `maxItems` items of at most `maxLength` characters. */
export function linesProblem(text: string, maxItems: number, maxLength: number): string | null {
  const lines = linesOf(text);
  if (lines.length > maxItems) return `At most ${maxItems} (${lines.length} written)`;
  const long = lines.findIndex((line) => line.length > maxLength);
  if (long >= 0) return `Line ${long + 1} is longer than ${maxLength.toLocaleString('en-GB')} characters`;
  return lines.some((line) => CONTROL.test(line)) ? 'Contains a control character: retype it' : null;
}
