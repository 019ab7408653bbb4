import { DomainError } from '../shared/domain-error.js';
import { isoDateOf, parseIsoDate, type IsoDate } from './iso-date.js';

/** An academic year `YYYY/YY` (e.g. `2024/25`), running 1 September to 31 August. */
export type AcademicYear = string & { readonly __brand: 'AcademicYear' };

const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;
// The year ending in 10000 could not be written as a YYYY-MM-DD date.
const LAST_START_YEAR = 9998;

export function parseAcademicYear(input: unknown, field: string): AcademicYear {
  const match = typeof input === 'string' ? ACADEMIC_YEAR.exec(input) : null;
  const startYear = Number(match?.[1]);
  const endYearSuffix = Number(match?.[2]);
  if (match === null || startYear > LAST_START_YEAR || endYearSuffix !== (startYear + 1) % 100) {
    throw DomainError.invalid(
      field,
      'must be an academic year YYYY/YY whose second year follows the first, e.g. 2024/25',
    );
  }
  return input as AcademicYear;
}

function startYearOf(academicYear: string): number {
  return Number(parseAcademicYear(academicYear, 'academicYear').slice(0, 4));
}

function academicYearStartingIn(startYear: number): AcademicYear {
  const end = String((startYear + 1) % 100).padStart(2, '0');
  return parseAcademicYear(`${String(startYear).padStart(4, '0')}/${end}`, 'academicYear');
}

/** 1 September of the academic year's first calendar year. */
export function academicYearStart(academicYear: string): IsoDate {
  return parseIsoDate(`${String(startYearOf(academicYear)).padStart(4, '0')}-09-01`, 'academicYear');
}

/** 31 August of the academic year's second calendar year. */
export function academicYearEnd(academicYear: string): IsoDate {
  return parseIsoDate(`${String(startYearOf(academicYear) + 1).padStart(4, '0')}-08-31`, 'academicYear');
}

/** The academic year a calendar date (or an instant, on the trust's calendar) falls in. */
export function academicYearOf(date: string | Date): AcademicYear {
  const isoDate = date instanceof Date ? isoDateOf(date) : parseIsoDate(date, 'date');
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return academicYearStartingIn(month >= 9 ? year : year - 1);
}
