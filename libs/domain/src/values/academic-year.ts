import { DomainError } from '../shared/domain-error.js';
import { calendarDate, EARLIEST_DATE, isoDateOf, LATEST_DATE, type IsoDate } from './iso-date.js';

/** An academic year `YYYY/YY` (e.g. `2024/25`), running 1 September to 31 August. */
export type AcademicYear = string & { readonly __brand: 'AcademicYear' };

/** The form of an academic year, `YYYY/YY`: the pattern the HTTP layer publishes, too. */
export const ACADEMIC_YEAR_PATTERN = '^\\d{4}/\\d{2}$';
const ACADEMIC_YEAR = new RegExp(ACADEMIC_YEAR_PATTERN);
// The academic years whose days are all within the ledger's window of dates (iso-date.ts says why).
const FIRST_START_YEAR = Number(EARLIEST_DATE.slice(0, 4));
const LAST_START_YEAR = Number(LATEST_DATE.slice(0, 4)) - 1;

/** Every academic year the ledger is given: `YYYY/YY`, the second year following the first, within the window of dates. */
export function parseAcademicYear(input: unknown, field: string): AcademicYear {
  const academicYear = academicYearForm(input, field);
  const startYear = Number(academicYear.slice(0, 4));
  if (startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) {
    throw DomainError.invalid(
      field,
      `must be an academic year from ${academicYearStartingIn(FIRST_START_YEAR)} to ${academicYearStartingIn(LAST_START_YEAR)}`,
    );
  }
  return academicYear;
}

function academicYearForm(input: unknown, field: string): AcademicYear {
  if (typeof input !== 'string' || !ACADEMIC_YEAR.test(input) || Number(input.slice(5)) !== (Number(input.slice(0, 4)) + 1) % 100) {
    throw DomainError.invalid(
      field,
      'must be an academic year YYYY/YY whose second year follows the first, e.g. 2024/25',
    );
  }
  return input as AcademicYear;
}

// The form alone: an academic year the domain works out, or reads back from a stored event, is never judged again.
function startYearOf(academicYear: string): number {
  return Number(academicYearForm(academicYear, 'academicYear').slice(0, 4));
}

function academicYearStartingIn(startYear: number): AcademicYear {
  const end = String((startYear + 1) % 100).padStart(2, '0');
  return `${String(startYear).padStart(4, '0')}/${end}` as AcademicYear;
}

/** 1 September of the academic year's first calendar year. */
export function academicYearStart(academicYear: string): IsoDate {
  return calendarDate(`${String(startYearOf(academicYear)).padStart(4, '0')}-09-01`, 'academicYear');
}

/** 31 August of the academic year's second calendar year. */
export function academicYearEnd(academicYear: string): IsoDate {
  return calendarDate(`${String(startYearOf(academicYear) + 1).padStart(4, '0')}-08-31`, 'academicYear');
}

/** The academic year a calendar date (or an instant, on the trust's calendar) falls in. */
export function academicYearOf(date: string | Date): AcademicYear {
  const isoDate = date instanceof Date ? isoDateOf(date) : calendarDate(date, 'date');
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return academicYearStartingIn(month >= 9 ? year : year - 1);
}
