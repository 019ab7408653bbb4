import type { KpiName, Rag } from './kpi-name.js';
import { ragFor } from './rag.js';

type Row = [kpi: KpiName, value: number | null, target: number | null, nationalAverage: number | null, rag: Rag];

const PERCENTAGE_KPIS = ['progress', 'teaching', 'transition'] as const;

describe('ragFor', () => {
  describe.each(PERCENTAGE_KPIS)('%s (percentage: amber within 5 points)', (kpi) => {
    it.each<Row>([
      [kpi, 100, 80, null, 'green'],
      [kpi, 80.01, 80, null, 'green'],
      [kpi, 80, 80, null, 'green'],
      [kpi, 79.99, 80, null, 'amber'],
      [kpi, 75.01, 80, null, 'amber'],
      [kpi, 75, 80, null, 'amber'],
      [kpi, 74.99, 80, null, 'red'],
      [kpi, 0, 80, null, 'red'],
      [kpi, 85.1, 90.1, null, 'amber'],
      [kpi, 85.09, 90.1, null, 'red'],
      [kpi, 0, 0, null, 'green'],
      [kpi, 0, 5, null, 'amber'],
      [kpi, 0, 5.01, null, 'red'],
    ])('%s %p against target %p (national average %p) is %s', (k, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi: k, value, target, nationalAverage })).toBe(rag);
    });

    it.each<Row>([
      [kpi, 99, null, null, 'grey'],
      [kpi, 99, null, 95, 'grey'],
      [kpi, null, 80, null, 'grey'],
      [kpi, null, null, null, 'grey'],
    ])('%s %p with target %p (national average %p) is %s', (k, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi: k, value, target, nationalAverage })).toBe(rag);
    });
  });

  describe('attendance (percentage: amber within 1 point)', () => {
    it.each<Row>([
      ['attendance', 96, 95, null, 'green'],
      ['attendance', 95, 95, null, 'green'],
      ['attendance', 94.99, 95, null, 'amber'],
      ['attendance', 94, 95, null, 'amber'],
      ['attendance', 93.99, 95, null, 'red'],
      ['attendance', 90, 95, null, 'red'],
      ['attendance', 94.1, 95.1, null, 'amber'],
      ['attendance', 94.09, 95.1, null, 'red'],
    ])('%s %p against target %p (national average %p) is %s', (kpi, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
    });

    it.each<Row>([
      ['attendance', 93.5, 93.5, null, 'green'],
      ['attendance', 93.6, null, 93.5, 'green'],
      ['attendance', 93.5, null, 93.5, 'green'],
      ['attendance', 93.49, null, 93.5, 'amber'],
      ['attendance', 92.5, null, 93.5, 'amber'],
      ['attendance', 92.49, null, 93.5, 'red'],
    ])('%s %p with target %p is held to the national average %p: %s', (kpi, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
    });

    it.each<Row>([
      ['attendance', 95, 96, 90, 'amber'],
      ['attendance', 94, 96, 90, 'red'],
      ['attendance', 91, 90, 96, 'green'],
    ])(
      '%s %p: a target %p takes precedence over the national average %p: %s',
      (kpi, value, target, nationalAverage, rag) => {
        expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
      },
    );

    it.each<Row>([
      ['attendance', 95, null, null, 'grey'],
      ['attendance', null, 95, 94, 'grey'],
      ['attendance', null, null, 94, 'grey'],
    ])('%s %p with target %p and national average %p is %s', (kpi, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
    });
  });

  describe('curriculum (grade 1–4, lower is better)', () => {
    it.each<Row>([
      ['curriculum', 1, 2, null, 'green'],
      ['curriculum', 2, 2, null, 'green'],
      ['curriculum', 3, 2, null, 'amber'],
      ['curriculum', 4, 2, null, 'red'],
      ['curriculum', 1, 1, null, 'green'],
      ['curriculum', 2, 1, null, 'amber'],
      ['curriculum', 3, 1, null, 'red'],
      ['curriculum', 4, 3, null, 'amber'],
      ['curriculum', 4, 4, null, 'green'],
    ])('%s grade %p against target %p (national average %p) is %s', (kpi, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
    });

    it.each<Row>([
      ['curriculum', 2, null, null, 'grey'],
      ['curriculum', 2, null, 2, 'grey'],
      ['curriculum', null, 2, null, 'grey'],
    ])('%s grade %p with target %p (national average %p) is %s', (kpi, value, target, nationalAverage, rag) => {
      expect(ragFor({ kpi, value, target, nationalAverage })).toBe(rag);
    });
  });

  it('treats a target or national average left out as absent', () => {
    expect(ragFor({ kpi: 'progress', value: 80 })).toBe('grey');
    expect(ragFor({ kpi: 'attendance', value: 94, nationalAverage: 94.5 })).toBe('amber');
    expect(ragFor({ kpi: 'teaching', value: 70, target: 80 })).toBe('red');
  });
});
