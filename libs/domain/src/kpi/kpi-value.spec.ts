import { DomainError } from '../shared/domain-error.js';
import { KPI_NAMES } from './kpi-name.js';
import { kpiScale, parseKpiTarget, parseKpiValue, parseNationalAverage } from './kpi-value.js';

function refusal(parse: () => unknown): { field: string | undefined; message: string } {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      return { field: error.field, message: error.message };
    }
    throw error;
  }
  throw new Error('expected the input to be refused');
}

const PERCENTAGE_KPIS = KPI_NAMES.filter((kpi) => kpi !== 'curriculum');

describe('KPI scales', () => {
  it('grades curriculum and measures every other KPI as a percentage', () => {
    expect(kpiScale('curriculum')).toBe('grade');
    expect(PERCENTAGE_KPIS.map(kpiScale)).toEqual(['percentage', 'percentage', 'percentage', 'percentage']);
  });
});

describe.each(PERCENTAGE_KPIS)('a %s figure or target', (kpi) => {
  it.each([0, 0.01, 50, 94.5, 96.25, 99.99, 100])('accepts %p', (value) => {
    expect(parseKpiValue(kpi, value, 'value')).toBe(value);
    expect(parseKpiTarget(kpi, value, 'target')).toBe(value);
  });

  it.each([-0.01, 100.01, 101, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses %p as out of range',
    (value) => {
      expect(refusal(() => parseKpiValue(kpi, value, 'value'))).toEqual({
        field: 'value',
        message: 'value: must be a percentage from 0 to 100',
      });
      expect(refusal(() => parseKpiTarget(kpi, value, 'target')).field).toBe('target');
    },
  );

  it.each([94.567, 0.001, 99.999, 0.1 + 0.2])('refuses %p for having more than 2 decimal places', (value) => {
    expect(refusal(() => parseKpiValue(kpi, value, 'value'))).toEqual({
      field: 'value',
      message: 'value: must have at most 2 decimal places',
    });
  });

  it.each([['95'], [null], [undefined], [true]])('refuses %p as not a number', (value) => {
    expect(refusal(() => parseKpiValue(kpi, value, 'value')).field).toBe('value');
  });
});

describe('a curriculum grade or target', () => {
  it.each([1, 2, 3, 4])('accepts grade %p', (grade) => {
    expect(parseKpiValue('curriculum', grade, 'value')).toBe(grade);
    expect(parseKpiTarget('curriculum', grade, 'target')).toBe(grade);
  });

  it.each([[0], [5], [2.5], [1.01], [-1], [Number.NaN], ['2'], [null]])('refuses %p', (grade) => {
    expect(refusal(() => parseKpiValue('curriculum', grade, 'value'))).toEqual({
      field: 'value',
      message: 'value: must be a whole grade from 1 to 4',
    });
    expect(refusal(() => parseKpiTarget('curriculum', grade, 'target')).field).toBe('target');
  });
});

describe('a national average', () => {
  it.each([0, 93.5, 100])('accepts %p', (value) => {
    expect(parseNationalAverage(value, 'nationalAverage')).toBe(value);
  });

  it.each([[-0.5], [100.5], [93.555], ['93.5'], [null]])('refuses %p', (value) => {
    expect(refusal(() => parseNationalAverage(value, 'nationalAverage')).field).toBe('nationalAverage');
  });
});
