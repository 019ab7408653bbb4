import { KPI_NAMES, type KpiName } from '../kpi/kpi-name.js';
import { parseOneOf } from './one-of.js';

export function parseKpiName(input: unknown, field: string): KpiName {
  return parseOneOf(KPI_NAMES, input, field);
}
