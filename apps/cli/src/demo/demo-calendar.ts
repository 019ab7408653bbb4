import { addDays, isSchoolDay, nextSchoolDay, parseIsoDate, type IsoDate } from '@trust/domain';
import { DEMO_DECIDED_YEARS } from './demo-evidence.js';

/**
 * The demo's calendar. Its past is fixed (the last complete year is recorded after the fact, so the demo is
 * the same whatever day it is loaded on); only what is planned ahead is dated from the demo's "today".
 */

/** The demo's last complete academic year: its meetings and visits are recorded after the fact. */
export const DEMO_PAST_YEAR = DEMO_DECIDED_YEARS[DEMO_DECIDED_YEARS.length - 1] ?? '2024/25';
/** The first day after that year: the demo's "today" is never before it. */
export const DEMO_EARLIEST_TODAY = `${DEMO_PAST_YEAR.slice(0, 2)}${DEMO_PAST_YEAR.slice(5, 7)}-09-01`;

/** The demo's today, checked: a date, and after its past year (whose meetings it records as held). */
export function parseDemoToday(input: string, field = '--today'): IsoDate {
  const today = parseIsoDate(input, field);
  if (today < DEMO_EARLIEST_TODAY) {
    throw new RangeError(`${field} must be on or after ${DEMO_EARLIEST_TODAY}: the demo records ${DEMO_PAST_YEAR} as the past, got ${today}`);
  }
  return today;
}

/** The first school day on or after `date`. */
export function schoolDayFrom(date: IsoDate): IsoDate {
  return isSchoolDay(date) ? date : nextSchoolDay(date);
}

/** The school day `count` school days after `date` (a school day itself when count is 0 and it is one). */
export function schoolDaysAfter(date: IsoDate, count: number): IsoDate {
  let day = schoolDayFrom(date);
  for (let step = 0; step < count; step += 1) day = nextSchoolDay(day);
  return day;
}

/** The last school day before `date`. */
export function schoolDayBefore(date: IsoDate): IsoDate {
  let day = addDays(date, -1);
  while (!isSchoolDay(day)) day = addDays(day, -1);
  return day;
}
