import { DomainError } from '../shared/domain-error.js';
import type { KpiName } from './kpi-name.js';

/** How a KPI is measured: a percentage, or the curriculum grade 1–4 where lower is better. */
export type KpiScale = 'percentage' | 'grade';

export function kpiScale(kpi: KpiName): KpiScale {
  return kpi === 'curriculum' ? 'grade' : 'percentage';
}

/** A percentage 0–100 with at most 2 decimal places (so it is stored and compared exactly, in hundredths). */
export function parsePercentage(input: unknown, field: string): number {
  if (typeof input !== 'number' || !Number.isFinite(input) || input < 0 || input > 100) {
    throw DomainError.invalid(field, 'must be a percentage from 0 to 100');
  }
  // A number has at most 2 decimal places when it is the nearest double to its own rounding to 2 places.
  if (Number(input.toFixed(2)) !== input) {
    throw DomainError.invalid(field, 'must have at most 2 decimal places');
  }
  return input;
}

/** "Curriculum provides breadth promotes personal development", graded 1 (best) to 4. */
export function parseCurriculumGrade(input: unknown, field: string): number {
  if (typeof input !== 'number' || !Number.isInteger(input) || input < 1 || input > 4) {
    throw DomainError.invalid(field, 'must be a whole grade from 1 to 4');
  }
  return input;
}

/** A KPI figure on its own scale. */
export function parseKpiValue(kpi: KpiName, input: unknown, field: string): number {
  const scale = kpiScale(kpi);
  switch (scale) {
    case 'percentage':
      return parsePercentage(input, field);
    case 'grade':
      return parseCurriculumGrade(input, field);
    default: {
      const _exhaustive: never = scale;
      return _exhaustive;
    }
  }
}

/** A target is set on the KPI's own scale. */
export function parseKpiTarget(kpi: KpiName, input: unknown, field: string): number {
  return parseKpiValue(kpi, input, field);
}

/** The national average recorded with a figure: a percentage, whatever the KPI. */
export function parseNationalAverage(input: unknown, field: string): number {
  return parsePercentage(input, field);
}
