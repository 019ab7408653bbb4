import type { RecordKpi } from './academy.commands.js';
import { ACADEMY_ID, given, kpiCorrected, kpiRecorded, registered } from './test-support/academy-fixtures.js';

const record = (overrides: Partial<RecordKpi> = {}): RecordKpi => ({
  type: 'RecordKpi',
  academyId: ACADEMY_ID,
  kpi: 'progress',
  academicYear: '2024/25',
  term: 'autumn',
  value: 78.5,
  ...overrides,
});

describe('RecordKpi', () => {
  describe('allowed', () => {
    it('records a figure, with no national average when none is given', () => {
      given([registered]).when(record()).then([kpiRecorded()]);
    });

    it('records attendance with the national average it is held to', () => {
      given([registered])
        .when(record({ kpi: 'attendance', value: 94.2, nationalAverage: 93.5 }))
        .then([kpiRecorded({ kpi: 'attendance', value: 94.2, nationalAverage: 93.5 })]);
    });

    it('keeps a national average given with another KPI', () => {
      given([registered])
        .when(record({ kpi: 'transition', value: 97, nationalAverage: 94 }))
        .then([kpiRecorded({ kpi: 'transition', value: 97, nationalAverage: 94 })]);
    });

    it('takes a null national average as none', () => {
      given([registered]).when(record({ nationalAverage: null })).then([kpiRecorded()]);
    });

    it('records a curriculum grade', () => {
      given([registered])
        .when(record({ kpi: 'curriculum', value: 2 }))
        .then([kpiRecorded({ kpi: 'curriculum', value: 2 })]);
    });

    it('records the same KPI for another term, another year, and another KPI for the same term', () => {
      given([registered, kpiRecorded()])
        .when(record({ term: 'spring' }))
        .then([kpiRecorded({ term: 'spring' })]);
      given([registered, kpiRecorded()])
        .when(record({ academicYear: '2023/24' }))
        .then([kpiRecorded({ academicYear: '2023/24' })]);
      given([registered, kpiRecorded()])
        .when(record({ kpi: 'teaching' }))
        .then([kpiRecorded({ kpi: 'teaching' })]);
    });

    it('records where the figure came from, the academy\'s own data when no source is given (KpiRecorded v2)', () => {
      given([registered]).when(record()).then([kpiRecorded({ source: 'academy-data' })]);
      given([registered]).when(record({ source: 'published' })).then([kpiRecorded({ source: 'published' })]);
    });

    it('decides on a stream whose figures were stored at v1: a v1 figure still blocks a second for its term', () => {
      given([registered, kpiRecorded({ source: 'not-recorded' })]).when(record({ term: 'spring' })).then([kpiRecorded({ term: 'spring' })]);
      given([registered, kpiRecorded({ source: 'not-recorded' })]).when(record()).thenThrows('conflict');
    });
  });

  describe('refused', () => {
    it.each(['not-recorded', 'Published', '', 'dfe'])('refuses the source %p: only academy-data or published can be sent', (source) => {
      given([registered]).when(record({ source })).thenThrows('invalid', 'source');
    });

    it('a figure already recorded for that KPI, year and term (409), pointing to a correction', () => {
      const error = given([registered, kpiRecorded()])
        .when(record({ value: 80 }))
        .thenThrows('conflict');
      expect(error.message).toMatch(/correction/);
    });

    it('a figure already recorded and since corrected', () => {
      given([registered, kpiRecorded(), kpiCorrected()])
        .when(record({ value: 80 }))
        .thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(record()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(record({ academyId: '1234' })).thenThrows('invalid', 'academyId');
    });

    it('kpi', () => {
      given([registered]).when(record({ kpi: 'Progress' })).thenThrows('invalid', 'kpi');
    });

    it('academicYear', () => {
      given([registered]).when(record({ academicYear: '2024/2025' })).thenThrows('invalid', 'academicYear');
    });

    it('term', () => {
      given([registered]).when(record({ term: 'winter' })).thenThrows('invalid', 'term');
    });

    it.each([
      ['progress', 100.5],
      ['teaching', -0.01],
      ['attendance', 94.555],
      ['transition', Number.POSITIVE_INFINITY],
      ['curriculum', 0],
      ['curriculum', 5],
      ['curriculum', 2.5],
    ])('%s value %p', (kpi, value) => {
      given([registered]).when(record({ kpi, value })).thenThrows('invalid', 'value');
    });

    it.each([-1, 100.01, 93.555])('nationalAverage %p', (nationalAverage) => {
      given([registered])
        .when(record({ kpi: 'attendance', value: 94, nationalAverage }))
        .thenThrows('invalid', 'nationalAverage');
    });

    it('a national average out of range with any KPI', () => {
      given([registered]).when(record({ nationalAverage: 120 })).thenThrows('invalid', 'nationalAverage');
    });
  });
});
