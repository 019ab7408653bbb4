import { DomainError } from '../shared/domain-error.js';

/** A calendar date `YYYY-MM-DD`. Two IsoDates compare correctly as strings. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(input: unknown, field: string): IsoDate {
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
  return parseIsoDate(londonCalendar.format(instant), 'date');
}
