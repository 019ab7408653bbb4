import type { SetKpiTarget } from './academy.commands.js';
import { ACADEMY_ID, given, kpiTargetSet as targetSet, registered } from './test-support/academy-fixtures.js';

const setTarget = (overrides: Partial<SetKpiTarget> = {}): SetKpiTarget => ({
  type: 'SetKpiTarget',
  academyId: ACADEMY_ID,
  academicYear: '2024/25',
  kpi: 'progress',
  target: 80,
  ...overrides,
});

describe('SetKpiTarget', () => {
  describe('allowed', () => {
    it('sets a first target', () => {
      given([registered]).when(setTarget()).then([targetSet()]);
    });

    it('changes a target', () => {
      given([registered, targetSet()])
        .when(setTarget({ target: 82.5 }))
        .then([targetSet({ target: 82.5 })]);
    });

    it('sets the same figure for another academic year or another KPI', () => {
      given([registered, targetSet()])
        .when(setTarget({ academicYear: '2025/26' }))
        .then([targetSet({ academicYear: '2025/26' })]);
      given([registered, targetSet()])
        .when(setTarget({ kpi: 'attendance' }))
        .then([targetSet({ kpi: 'attendance' })]);
    });

    it('sets a curriculum target as a grade', () => {
      given([registered])
        .when(setTarget({ kpi: 'curriculum', target: 2 }))
        .then([targetSet({ kpi: 'curriculum', target: 2 })]);
    });
  });

  describe('no-op', () => {
    it('changes nothing when the target is already that figure', () => {
      given([registered, targetSet()]).when(setTarget()).thenNothing();
    });

    it('compares against the latest target', () => {
      given([registered, targetSet({ target: 70 }), targetSet({ target: 75 })])
        .when(setTarget({ target: 75 }))
        .thenNothing();
    });
  });

  describe('refused', () => {
    it('an academy that is not registered (404)', () => {
      given([]).when(setTarget()).thenThrows('not-found');
    });

    it("another academy's id than the stream's (404)", () => {
      given([registered]).when(setTarget({ academyId: '654321' })).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(setTarget({ academyId: 'ABC123' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2024/26', '2024-25', ''])('academicYear %p', (academicYear) => {
      given([registered]).when(setTarget({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it('kpi', () => {
      given([registered]).when(setTarget({ kpi: 'attainment' })).thenThrows('invalid', 'kpi');
    });

    it.each([
      ['progress', 100.01],
      ['progress', -1],
      ['teaching', 80.125],
      ['attendance', Number.NaN],
      ['curriculum', 0],
      ['curriculum', 5],
      ['curriculum', 1.5],
    ])('%s target %p', (kpi, target) => {
      given([registered]).when(setTarget({ kpi, target })).thenThrows('invalid', 'target');
    });

    it('reports bad input before the unknown academy', () => {
      given([]).when(setTarget({ target: 101 })).thenThrows('invalid', 'target');
    });
  });
});
