import type { CorrectKpi } from './academy.commands.js';
import {
  ACADEMY_ID,
  badTexts,
  given,
  kpiCorrected,
  kpiRecorded,
  registered,
} from './test-support/academy-fixtures.js';

const correct = (overrides: Partial<CorrectKpi> = {}): CorrectKpi => ({
  type: 'CorrectKpi',
  academyId: ACADEMY_ID,
  kpi: 'progress',
  academicYear: '2024/25',
  term: 'autumn',
  value: 81,
  reason: 'Validated data replaced the provisional figure',
  ...overrides,
});

describe('CorrectKpi', () => {
  describe('allowed', () => {
    it('corrects a recorded figure, keeping the value it replaces', () => {
      given([registered, kpiRecorded()]).when(correct()).then([kpiCorrected()]);
    });

    it('corrects the current figure after an earlier correction', () => {
      given([registered, kpiRecorded(), kpiCorrected()])
        .when(correct({ value: 82, reason: 'Second check' }))
        .then([kpiCorrected({ value: 82, previousValue: 81, reason: 'Second check' })]);
    });

    it('corrects a figure back to its original value', () => {
      given([registered, kpiRecorded(), kpiCorrected()])
        .when(correct({ value: 78.5 }))
        .then([kpiCorrected({ value: 78.5, previousValue: 81 })]);
    });

    it('corrects a curriculum grade', () => {
      given([registered, kpiRecorded({ kpi: 'curriculum', value: 3 })])
        .when(correct({ kpi: 'curriculum', value: 2 }))
        .then([kpiCorrected({ kpi: 'curriculum', value: 2, previousValue: 3 })]);
    });

    it('trims the reason, and accepts one of 2000 characters', () => {
      given([registered, kpiRecorded()])
        .when(correct({ reason: '  Typo \n' }))
        .then([kpiCorrected({ reason: 'Typo' })]);
      const long = 'x'.repeat(2000);
      given([registered, kpiRecorded()])
        .when(correct({ reason: long }))
        .then([kpiCorrected({ reason: long })]);
    });
  });

  describe('no-op', () => {
    it('changes nothing when the value is the recorded one', () => {
      given([registered, kpiRecorded()]).when(correct({ value: 78.5 })).thenNothing();
    });

    it('changes nothing when the value is the one already corrected to', () => {
      given([registered, kpiRecorded(), kpiCorrected()]).when(correct({ value: 81 })).thenNothing();
    });
  });

  describe('refused', () => {
    it('a figure never recorded (422)', () => {
      given([registered]).when(correct()).thenThrows('refused');
    });

    it('a figure recorded for another term, year or KPI only', () => {
      given([registered, kpiRecorded()]).when(correct({ term: 'spring' })).thenThrows('refused');
      given([registered, kpiRecorded()]).when(correct({ academicYear: '2023/24' })).thenThrows('refused');
      given([registered, kpiRecorded()]).when(correct({ kpi: 'teaching' })).thenThrows('refused');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(correct()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered, kpiRecorded()]).when(correct({ academyId: '' })).thenThrows('invalid', 'academyId');
    });

    it('kpi', () => {
      given([registered, kpiRecorded()]).when(correct({ kpi: 'outcomes' })).thenThrows('invalid', 'kpi');
    });

    it('academicYear', () => {
      given([registered, kpiRecorded()])
        .when(correct({ academicYear: '2024/23' }))
        .thenThrows('invalid', 'academicYear');
    });

    it('term', () => {
      given([registered, kpiRecorded()]).when(correct({ term: 'Autumn' })).thenThrows('invalid', 'term');
    });

    it.each([
      ['progress', 100.01],
      ['progress', 80.001],
      ['curriculum', 5],
    ])('%s value %p', (kpi, value) => {
      given([registered, kpiRecorded({ kpi: 'curriculum', value: 3 }), kpiRecorded()])
        .when(correct({ kpi, value }))
        .thenThrows('invalid', 'value');
    });

    it.each(badTexts(2000))('reason %s', (_label, reason) => {
      given([registered, kpiRecorded()])
        .when(correct({ reason: reason as string }))
        .thenThrows('invalid', 'reason');
    });
  });
});
