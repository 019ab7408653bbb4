import { ACADEMY_PHASES, type AcademyPhase } from '../academy/academy-phase.js';
import { parseOneOf } from './one-of.js';

export function parseAcademyPhase(input: unknown, field: string): AcademyPhase {
  return parseOneOf(ACADEMY_PHASES, input, field);
}
