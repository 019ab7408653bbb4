import { kpiLabel, termLabel } from '../../../format/format';
import { KPIS, TERMS, type KpiName } from './form-rules';

/** The KPIs and terms as a form offers them, in the trust's words. */
export const KPI_OPTIONS = KPIS.map((kpi) => ({ value: kpi, label: kpiLabel(kpi) }));
export const TERM_OPTIONS = TERMS.map((term) => ({ value: term, label: termLabel(term) }));

/** What a figure of this KPI is: a percentage, or the curriculum's grade. */
export function scaleOf(kpi: KpiName): string {
  return kpi === 'curriculum' ? 'A whole grade from 1 (best) to 4' : 'A percentage from 0 to 100, at most 2 decimal places';
}
