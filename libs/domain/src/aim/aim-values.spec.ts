import { DomainError } from '../shared/domain-error.js';
import { coreDaysOfAim } from './aim-format.js';
import { parseRecordId } from './record-id.js';
import { addDays, isSchoolDay, nextSchoolDay, parsePlannedSchoolDay } from './school-calendar.js';
import type { IsoDate } from '../values/iso-date.js';

const day = (date: string): IsoDate => date as IsoDate;

function invalidField(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      return error.field;
    }
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('coreDaysOfAim: seed 003, "Included within these days are three Academy Improvement Meetings"', () => {
  it('counts a one-day AIM as one core day and a one-and-a-half-day AIM as one and a half', () => {
    expect(coreDaysOfAim('one-day')).toBe(1);
    expect(coreDaysOfAim('one-and-a-half-day')).toBe(1.5);
  });
});

describe('school calendar', () => {
  it.each([
    ['2025-03-12', 7, '2025-03-19'],
    ['2025-03-12', -7, '2025-03-05'],
    ['2025-03-03', -7, '2025-02-24'],
    ['2024-03-05', -7, '2024-02-27'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-01-03', -7, '2024-12-27'],
    ['2025-03-28', 7, '2025-04-04'],
  ])('%s plus %d days is %s', (date, days, expected) => {
    expect(addDays(day(date), days)).toBe(expected);
  });

  it('keeps to the calendar date across the change to summer time', () => {
    expect(addDays(day('2025-03-30'), -7)).toBe('2025-03-23');
    expect(addDays(day('2025-03-27'), 7)).toBe('2025-04-03');
  });

  it.each([
    ['2025-03-10', true],
    ['2025-03-14', true],
    ['2025-03-15', false],
    ['2025-03-16', false],
  ])('%s is a school day: %p', (date, expected) => {
    expect(isSchoolDay(day(date))).toBe(expected);
  });

  it.each([
    ['2025-03-10', '2025-03-11'],
    ['2025-03-14', '2025-03-17'],
    ['2025-03-15', '2025-03-17'],
  ])('the school day after %s is %s', (date, expected) => {
    expect(nextSchoolDay(day(date))).toBe(expected);
  });

  it('plans a school day today or later, on the London calendar', () => {
    const now = new Date('2025-03-11T23:30:00Z');
    expect(parsePlannedSchoolDay('2025-03-11', 'date', now)).toBe('2025-03-11');
    expect(invalidField(() => parsePlannedSchoolDay('2025-03-10', 'date', now))).toBe('date');
    expect(invalidField(() => parsePlannedSchoolDay('2025-03-15', 'visitDate', now))).toBe('visitDate');
  });
});

describe('parseRecordId', () => {
  it.each(['a', 'aim-1', '3f0c1d2e-7b7a-4c55-9a8e-0d9b8a3c2f10', 'A_1', 'x'.repeat(64)])('accepts %s', (id) => {
    expect(parseRecordId(id, 'aimId')).toBe(id);
  });

  it.each(['', '-a', '_a', 'a b', 'a/b', 'x'.repeat(65), 1, null])('refuses %p', (id) => {
    expect(invalidField(() => parseRecordId(id, 'visitId'))).toBe('visitId');
  });
});
