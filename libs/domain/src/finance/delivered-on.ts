import { DomainError } from '../shared/domain-error.js';
import { academicYearOf, type AcademicYear } from '../values/academic-year.js';
import { isoDateOf, parseIsoDate, type IsoDate } from '../values/iso-date.js';

/** The day support was delivered: a real date, not after today (a day is logged once it has been given). */
export function parseDeliveredOn(input: unknown, field: string, now: Date): IsoDate {
  const deliveredOn = parseIsoDate(input, field);
  if (deliveredOn > isoDateOf(now)) {
    throw DomainError.invalid(field, 'must not be in the future');
  }
  return deliveredOn;
}

/**
 * The academic year a day of support falls in, for choosing its stream or rate card before deciding:
 * a bad date is refused naming `deliveredOn`.
 */
export function academicYearOfDelivery(deliveredOn: unknown): AcademicYear {
  return academicYearOf(parseIsoDate(deliveredOn, 'deliveredOn'));
}
