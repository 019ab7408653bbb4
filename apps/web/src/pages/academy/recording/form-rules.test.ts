import { describe, expect, it } from 'vitest';
import { academicYearOfDay, academicYearProblem, dateProblem, kpiValueProblem, pastAcademicYearProblem, percentageProblem, textProblem, todayInLondon } from './form-rules';

describe('the shape rules the forms check before sending', () => {
  it('takes an academic year YYYY/YY whose second year follows the first, within the ledger\'s window', () => {
    expect(academicYearProblem('2024/25')).toBeNull();
    expect(academicYearProblem('1999/00')).toBeNull();
    expect(academicYearProblem('2024/26')).not.toBeNull();
    expect(academicYearProblem('2024-25')).not.toBeNull();
    expect(academicYearProblem('1989/90')).toBe('Give an academic year from 1990/91 to 2099/00');
    expect(pastAcademicYearProblem('2025/26', '2025-08-31')).toBe('Must not be a future academic year (the current one is 2024/25)');
    expect(pastAcademicYearProblem('2025/26', '2025-09-01')).toBeNull();
  });

  it('reads days on the trust\'s calendar, refusing the future for what has happened', () => {
    expect(academicYearOfDay('2025-08-31')).toBe('2024/25');
    expect(academicYearOfDay('2025-09-01')).toBe('2025/26');
    expect(todayInLondon(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01');
    expect(dateProblem('2025-02-30')).toBe('Give a real date');
    expect(dateProblem('')).toBe('Give a date');
    expect(dateProblem('2025-07-02', '2025-07-01')).toBe('Must not be in the future');
    expect(dateProblem('2025-07-01', '2025-07-01')).toBeNull();
  });

  it('holds a figure to its KPI\'s scale', () => {
    expect(kpiValueProblem('attendance', 94.65)).toBeNull();
    expect(kpiValueProblem('attendance', 94.655)).toBe('At most 2 decimal places');
    expect(kpiValueProblem('progress', 101)).toBe('Give a percentage from 0 to 100');
    expect(kpiValueProblem('teaching', '')).toBe('Give a percentage');
    expect(kpiValueProblem('curriculum', 2)).toBeNull();
    expect(kpiValueProblem('curriculum', 2.5)).toBe('Give a whole grade from 1 to 4');
    expect(kpiValueProblem('curriculum', 0)).toBe('Give a whole grade from 1 to 4');
    expect(percentageProblem('50.5')).toBeNull();
  });

  it('wants text written, within its length, without hidden controls', () => {
    expect(textProblem('  ', 10)).toBe('Write something here');
    expect(textProblem('a'.repeat(11), 10)).toBe('At most 10 characters (11 now)');
    expect(textProblem('line\nbreak\tand tab', 100)).toBeNull();
    expect(textProblem('over\u202eride', 100)).toBe('Remove the hidden control characters');
  });
});
