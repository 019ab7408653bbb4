import { DomainError } from '../shared/domain-error.js';

/** A calendar date `YYYY-MM-DD`. Two IsoDates compare correctly as strings. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/**
 * The days the ledger accepts, whole academic years 1990/91 to 2099/00.
 *
 * The floor: nothing the ledger records about a school can be older. Academies date from 2002 (the first
 * opened under the Learning and Skills Act 2000), and the oldest evidence a trust brings about a
 * predecessor school is an inspection (Ofsted inspected from 1993) or published results (performance
 * tables from 1992); 1 September 1990 leaves a margin before both.
 *
 * The ceiling: a fixed far bound rather than one relative to today, so that the rule is a function of the
 * text alone (the HTTP layer applies it without a clock, and a command, a retry or an import is judged the
 * same on any day). Rules about today (evidence not in the future, a meeting moved to today or later) sit on top of
 * it where the domain needs them. 2100 is further ahead than anything a trust plans, and refuses the slips
 * (3000, 9999) along with year 0, which PostgreSQL has no room for.
 *
 * Both bounds fall on the edges of an academic year (1 September, 31 August), so every accepted day is in
 * an accepted academic year.
 */
export const EARLIEST_DATE = '1990-09-01' as IsoDate;
export const LATEST_DATE = '2100-08-31' as IsoDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every date the ledger is given: a real calendar day `YYYY-MM-DD`, from EARLIEST_DATE to LATEST_DATE. */
export function parseIsoDate(input: unknown, field: string): IsoDate {
  const date = calendarDate(input, field);
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    throw DomainError.invalid(field, `must be a day from ${EARLIEST_DATE} to ${LATEST_DATE}`);
  }
  return date;
}

/**
 * A real calendar day, in or out of the window: for dates the domain computes from accepted ones (a
 * deadline a week before a meeting) or reads back from stored events, which are never judged again.
 */
export function calendarDate(input: unknown, field: string): IsoDate {
  const match = typeof input === 'string' ? ISO_DATE.exec(input) : null;
  if (match === null) {
    throw DomainError.invalid(field, 'must be a date in the form YYYY-MM-DD');
  }
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined || !isRealDate(year, month, day)) {
    throw DomainError.invalid(field, `${String(input)} is not a real calendar date`);
  }
  return input as IsoDate;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// The trust's schools are in England: "today" is the day on a wall clock in London, so a date
// entered just after midnight in summer time is not taken for tomorrow.
const londonCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant, as the trust (in England) reckons it. */
export function isoDateOf(instant: Date): IsoDate {
  return calendarDate(londonCalendar.format(instant), 'date');
}
