import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearsAround, eventLabel, formatDate, formatDateTime, formatPounds, tierLabel } from './format';

describe('formatting for the trust', () => {
  it('writes pence as pounds with pence and thousands separators', () => {
    expect(formatPounds(123_450)).toBe('£1,234.50');
    expect(formatPounds(0)).toBe('£0.00');
    expect(formatPounds(-7_550)).toBe('-£75.50');
  });

  it('writes dates in British English, a bare date as that very day', () => {
    expect(formatDate('2025-03-12')).toBe('12 March 2025');
    expect(formatDate('2024-09-01')).toBe('1 September 2024');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('writes an instant with its time', () => {
    expect(formatDateTime('2025-01-20T12:00:00')).toBe('20 January 2025, 12:00');
  });

  it('names tiers and events in words', () => {
    expect(tierLabel(3)).toBe('Tier 3');
    expect(tierLabel(null)).toBe('Not decided');
    expect(eventLabel('KpiCorrected')).toBe('KPI corrected');
    expect(eventLabel('TierDecided')).toBe('Tier decided');
  });

  it('knows the academic year of a date, September to August', () => {
    expect(academicYearOf(new Date(2025, 2, 12))).toBe('2024/25');
    expect(academicYearOf(new Date(2025, 8, 1))).toBe('2025/26');
    expect(academicYearsAround('2024/25')).toEqual(['2025/26', '2024/25', '2023/24', '2022/23', '2021/22', '2020/21', '2019/20']);
  });
});
