import { academicYearStart } from '../values/academic-year.js';

/**
 * The day a tier decision takes effect, the date the `on` axis reads it by: the start of its academic year
 * (1 September) for a decision made before or on it, or the day it was made when later: a mid-year
 * revision from its own day, a late first decision from the day it was made. Until then the tier in force
 * is the one decided before (or none).
 */
export function tierTakesEffectOn(academicYear: string, decidedOn: string): string {
  const yearStart = academicYearStart(academicYear);
  return decidedOn > yearStart ? decidedOn : yearStart;
}
