import { academicYearEnd, parseAcademicYear } from '../values/academic-year.js';
import type { IsoDate } from '../values/iso-date.js';
import type { RetentionCategory } from './retention-categories.js';
import type { RetentionSchedule } from './retention-schedule.js';

/** A record whose personal data is kept under one key: the records of a stream for one academic year, or one safeguarding concern. */
export interface RetainedRecord {
  /** The key store's name of the record's key (`records:aim-meetings:2018/19`, `safeguarding-concern:c-1`). */
  key: string;
  category: RetentionCategory;
  /** The academic year the record is about: its retention runs from the end of that year. */
  academicYear: string;
}

/** The last day a record of that academic year is kept: 31 August of the year's end, plus the years kept. */
export function keptUntil(academicYear: string, years: number): IsoDate {
  const end = academicYearEnd(parseAcademicYear(academicYear, 'academicYear'));
  return `${String(Number(end.slice(0, 4)) + years).padStart(4, '0')}${end.slice(4)}` as IsoDate;
}

/** When a record's retention ended, if it has by `today`; null while it is kept (or its category is kept until erased on request). */
export function retentionEndedOn(record: RetainedRecord, schedule: RetentionSchedule, today: IsoDate): IsoDate | null {
  const years = schedule[record.category];
  if (years === null) return null;
  const until = keptUntil(record.academicYear, years);
  return today > until ? until : null;
}
