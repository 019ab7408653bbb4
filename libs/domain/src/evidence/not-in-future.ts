import { DomainError } from '../shared/domain-error.js';
import { academicYearOf, parseAcademicYear, type AcademicYear } from '../values/academic-year.js';
import { isoDateOf, parseIsoDate, type IsoDate } from '../values/iso-date.js';

/** The day something happened: a real date, not after today on the trust's (London) calendar. */
export function parseDateNotInFuture(input: unknown, field: string, now: Date): IsoDate {
  const date = parseIsoDate(input, field);
  if (date > isoDateOf(now)) {
    throw DomainError.invalid(field, 'must not be in the future');
  }
  return date;
}

/** The day something happened when the sender names it (as parseDateNotInFuture), or today when they leave it out. */
export function parseDayOrToday(input: unknown, field: string, now: Date): IsoDate {
  return input === undefined || input === null ? isoDateOf(now) : parseDateNotInFuture(input, field, now);
}

/** An academic year that has already begun: evidence about a year cannot be recorded before it starts. */
export function parseAcademicYearNotInFuture(input: unknown, field: string, now: Date): AcademicYear {
  const academicYear = parseAcademicYear(input, field);
  // Academic years `YYYY/YY` of four-digit years compare correctly as strings.
  if (academicYear > academicYearOf(now)) {
    throw DomainError.invalid(field, `must not be a future academic year (the current one is ${academicYearOf(now)})`);
  }
  return academicYear;
}
