import { DomainError } from '../shared/domain-error.js';
import { calendarDate, isoDateOf, parseIsoDate, type IsoDate } from '../values/iso-date.js';

const MILLISECONDS_PER_DAY = 86_400_000;

/** The calendar date `days` after (or, when negative, before) `date`: a deadline a week after the last day accepted is still a day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * MILLISECONDS_PER_DAY);
  return calendarDate(shifted.toISOString().slice(0, 10), 'date');
}

/**
 * A weekday. The domain knows no academy's term dates or INSET days, so "a school day" here means only
 * "not a Saturday or Sunday": the caller's calendar may refuse more.
 */
export function isSchoolDay(date: IsoDate): boolean {
  const dayOfWeek = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dayOfWeek !== 0 && dayOfWeek !== 6;
}

/** The first school day after `date` (Friday's is Monday). */
export function nextSchoolDay(date: IsoDate): IsoDate {
  let next = addDays(date, 1);
  while (!isSchoolDay(next)) {
    next = addDays(next, 1);
  }
  return next;
}

/**
 * A day a meeting or a visit takes place, or took place: a real date and a school day. A past one is
 * recorded after the fact (see `passedBeforeItWasEntered`).
 */
export function parseSchoolDay(input: unknown, field: string): IsoDate {
  const date = parseIsoDate(input, field);
  if (!isSchoolDay(date)) {
    throw DomainError.invalid(field, `${date} is a Saturday or a Sunday, not a school day`);
  }
  return date;
}

/** A day something is moved to: a school day, today or later on the trust's (London) calendar. */
export function parsePlannedSchoolDay(input: unknown, field: string, now: Date): IsoDate {
  const date = parseSchoolDay(input, field);
  if (date < isoDateOf(now)) {
    throw DomainError.invalid(field, 'must be today or later');
  }
  return date;
}
