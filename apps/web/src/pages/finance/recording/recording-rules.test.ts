import { describe, expect, it } from 'vitest';
import { academicYearOfDate, deliveredOnRule, halfDaysOf, penceOfPounds, requiredText } from './recording-rules';

describe('the finance forms\' shape rules, as the API checks them', () => {
  it('reads pounds as whole pence, with or without the sign, commas and pence', () => {
    expect(penceOfPounds('6,000')).toBe(600_000);
    expect(penceOfPounds('£1,234.5')).toBe(123_450);
    expect(penceOfPounds(' 0.07 ')).toBe(7);
    expect(penceOfPounds('1000000')).toBe(100_000_000);
    expect(penceOfPounds('1000000.01')).toBeNull();
    expect(penceOfPounds('12.345')).toBeNull();
    expect(penceOfPounds('-5')).toBeNull();
    expect(penceOfPounds('1,23')).toBeNull();
    expect(penceOfPounds('')).toBeNull();
  });

  it('takes days in half days, more than 0 and at most 200', () => {
    expect(halfDaysOf('1.5')).toBe(1.5);
    expect(halfDaysOf('200')).toBe(200);
    expect(halfDaysOf('0')).toBeNull();
    expect(halfDaysOf('1.25')).toBeNull();
    expect(halfDaysOf('200.5')).toBeNull();
    expect(halfDaysOf('one')).toBeNull();
  });

  it('refuses a day not yet given, and an impossible date', () => {
    expect(deliveredOnRule('2025-03-12', '2025-09-01')).toBeNull();
    expect(deliveredOnRule('2025-09-02', '2025-09-01')).toMatch(/future/);
    expect(deliveredOnRule('2025-02-30', '2025-09-01')).toMatch(/Enter the date/);
    expect(deliveredOnRule('', '2025-09-01')).toMatch(/Enter the date/);
  });

  it('names the academic year of a date, September to August', () => {
    expect(academicYearOfDate('2025-03-12')).toBe('2024/25');
    expect(academicYearOfDate('2024-09-01')).toBe('2024/25');
    expect(academicYearOfDate('2099-08-31')).toBe('2098/99');
    expect(academicYearOfDate('')).toBeNull();
  });

  it('asks for text that is there, and not too long', () => {
    expect(requiredText('  ', 'a reason')).toBe('Enter a reason');
    expect(requiredText('x'.repeat(2001), 'a reason')).toMatch(/2,000 characters/);
    expect(requiredText('Logged against the wrong academy', 'a reason')).toBeNull();
  });
});
