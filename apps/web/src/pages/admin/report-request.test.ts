import { describe, expect, it } from 'vitest';
import { regenerationOf, reportFormProblems, reportJsonFileName, reportRequestOf, type ReportFormValues } from './report-request';

const blank: ReportFormValues = { type: 'academy-cards', academicYear: '', recordedOn: '', position: '', on: '' };

describe('the report form', () => {
  it('asks for the year of a compliance or recharge ledger report, and a year written 2024/25', () => {
    expect(reportFormProblems({ ...blank, type: 'compliance' })).toEqual({ academicYear: 'A compliance report is of one academic year' });
    expect(reportFormProblems({ ...blank, type: 'recharge-ledger', academicYear: '2024' })).toEqual({ academicYear: 'An academic year is written 2024/25' });
    expect(reportFormProblems({ ...blank, type: 'tier-decisions' })).toEqual({});
  });

  it('takes a moment or a position, not both, and a date as at', () => {
    expect(reportFormProblems({ ...blank, recordedOn: '2025-01-20T12:00', position: '42' })).toEqual({ position: 'Give a moment or a position, not both' });
    expect(reportFormProblems({ ...blank, position: '4x' })).toEqual({ position: 'A position is a whole number' });
    expect(reportFormProblems({ ...blank, on: '20/01/2025' })).toEqual({ on: 'Not a date' });
  });

  it('sends only what was given: the moment as an instant, or the position', () => {
    expect(reportRequestOf(blank)).toEqual({ type: 'academy-cards' });
    expect(reportRequestOf({ ...blank, type: 'compliance', academicYear: '2024/25', position: '1042', on: '2025-03-01' })).toEqual({ type: 'compliance', academicYear: '2024/25', asOf: '1042', on: '2025-03-01' });
    expect(reportRequestOf({ ...blank, recordedOn: '2025-01-20T12:00' }).asOf).toBe(new Date('2025-01-20T12:00').toISOString().replace(/\.000Z$/, 'Z'));
  });
});

describe('a stored report', () => {
  const report = { type: 'tier-decisions' as const, academicYear: '2024/25', on: null, position: '1042' };

  it('is built again as of the position it was built at, with its year and date', () => {
    expect(regenerationOf(report)).toEqual({ type: 'tier-decisions', academicYear: '2024/25', asOf: '1042' });
    expect(regenerationOf({ ...report, academicYear: null, on: '2025-03-01' })).toEqual({ type: 'tier-decisions', asOf: '1042', on: '2025-03-01' });
  });

  it('is saved as JSON under a name like its CSV\'s', () => {
    expect(reportJsonFileName(report)).toBe('tier-decisions-2024-25-as-of-1042.json');
    expect(reportJsonFileName({ ...report, academicYear: null, on: '2025-03-01' })).toBe('tier-decisions-on-2025-03-01-as-of-1042.json');
  });
});
