import { TERMS, type Term } from '../kpi/kpi-name.js';
import { parseOneOf } from './one-of.js';

export function parseTerm(input: unknown, field: string): Term {
  return parseOneOf(TERMS, input, field);
}
