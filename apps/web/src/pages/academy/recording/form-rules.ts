/**
 * The shape rules of the ledger's commands, as the forms check them before sending: the same rules the API
 * applies (libs/domain's academic year, date, percentage, grade and text rules), in the words of a form, so
 * a form never sends what the API would refuse for its shape. The API still has the last word on the rest.
 */

export const KPIS = ['progress', 'curriculum', 'teaching', 'attendance', 'transition'] as const;
export type KpiName = (typeof KPIS)[number];
export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type TermName = (typeof TERMS)[number];

/** A reason or a paragraph (MAX_TEXT_LENGTH in libs/domain). */
export const TEXT_LENGTH = 2000;
/** A summary, a rationale (MAX_LONG_TEXT_LENGTH). */
export const LONG_TEXT_LENGTH = 4000;
/** A name or a title (MAX_NAME_LENGTH). */
export const NAME_LENGTH = 200;

// The ledger's window of dates (libs/domain iso-date.ts).
const EARLIEST_DATE = '1990-09-01';
const LATEST_DATE = '2100-08-31';

export { todayInLondon } from '../../../forms/shape-rules';

/** The academic year of a calendar day YYYY-MM-DD, September to August. */
export function academicYearOfDay(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** An academic year `YYYY/YY`, its second year following the first, within the ledger's window. */
export function academicYearProblem(value: string): string | null {
  const form = /^(\d{4})\/(\d{2})$/.exec(value.trim());
  if (form === null || Number(form[2]) !== (Number(form[1]) + 1) % 100) return 'Give an academic year such as 2024/25, the second year following the first';
  const start = Number(form[1]);
  if (start < 1990 || start > 2099) return 'Give an academic year from 1990/91 to 2099/00';
  return null;
}

/** An academic year that has begun by `today`: evidence about a year is not recorded before it starts. */
export function pastAcademicYearProblem(value: string, today: string): string | null {
  const problem = academicYearProblem(value);
  if (problem !== null) return problem;
  const current = academicYearOfDay(today);
  return value.trim() > current ? `Must not be a future academic year (the current one is ${current})` : null;
}

/** A real calendar day, within the ledger's window, and (for what happened) not after today. */
export function dateProblem(value: string, today?: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day === null) return 'Give a date';
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (date.getUTCMonth() !== Number(day[2]) - 1 || date.getUTCDate() !== Number(day[3])) return 'Give a real date';
  if (value < EARLIEST_DATE || value > LATEST_DATE) return 'Give a date from 1 September 1990 to 31 August 2100';
  if (today !== undefined && value > today) return 'Must not be in the future';
  return null;
}

/** What a number field holds: a number, or '' when empty (Mantine's NumberInput). */
export type NumberValue = number | string;

function numberOf(value: NumberValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** A percentage from 0 to 100 with at most 2 decimal places (stored exactly, in hundredths). */
export function percentageProblem(value: NumberValue): string | null {
  const number = numberOf(value);
  if (number === null) return 'Give a percentage';
  if (number < 0 || number > 100) return 'Give a percentage from 0 to 100';
  if (Number(number.toFixed(2)) !== number) return 'At most 2 decimal places';
  return null;
}

/** A figure on its KPI's scale: curriculum is a whole grade 1 (best) to 4, the others percentages. */
export function kpiValueProblem(kpi: KpiName, value: NumberValue): string | null {
  if (kpi !== 'curriculum') return percentageProblem(value);
  const number = numberOf(value);
  if (number === null || !Number.isInteger(number) || number < 1 || number > 4) return 'Give a whole grade from 1 to 4';
  return null;
}

/** The number a valid field holds. */
export function numberFrom(value: NumberValue): number {
  return typeof value === 'number' ? value : Number(value);
}

// libs/domain text.ts: control characters (but tab and line breaks), bidirectional overrides, nothing visible.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** Free text: written (not blank), at most `maxLength` characters once trimmed, with no hidden control characters. */
export function textProblem(value: string, maxLength: number): string | null {
  const text = value.trim();
  if (text === '') return 'Write something here';
  if (text.length > maxLength) return `At most ${maxLength} characters (${text.length} now)`;
  if (CONTROL.test(value) || BIDI_CONTROL.test(value)) return 'Remove the hidden control characters';
  return null;
}

/** Optional free text: empty, or text by textProblem's rule. */
export function optionalTextProblem(value: string, maxLength: number): string | null {
  return value.trim() === '' ? null : textProblem(value, maxLength);
}

/** The first and last day of an academic year. */
export function academicYearBounds(academicYear: string): { first: string; last: string } {
  const start = Number(academicYear.slice(0, 4));
  return { first: `${start}-09-01`, last: `${start + 1}-08-31` };
}

/** The academic year after this one: 2024/25 → 2025/26. */
export function nextAcademicYear(academicYear: string): string {
  const start = Number(academicYear.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
