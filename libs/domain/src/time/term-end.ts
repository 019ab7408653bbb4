import type { Term } from '../kpi/kpi-name.js';
import { academicYearStart } from '../values/academic-year.js';

/**
 * The last day of a term, by the trust's calendar convention (school term dates vary by local
 * authority, so one fixed date per term is used): autumn ends 31 December, spring 31 March, summer
 * 31 July of the academic year. A KPI figure measures its term, so it is effective from the term's end.
 */
export function termEnd(academicYear: string, term: Term): string {
  const start = Number(academicYearStart(academicYear).slice(0, 4));
  switch (term) {
    case 'autumn':
      return `${pad(start)}-12-31`;
    case 'spring':
      return `${pad(start + 1)}-03-31`;
    case 'summer':
      return `${pad(start + 1)}-07-31`;
    default: {
      const _exhaustive: never = term;
      return _exhaustive;
    }
  }
}

function pad(year: number): string {
  return String(year).padStart(4, '0');
}
