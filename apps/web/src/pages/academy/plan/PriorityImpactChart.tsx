import { useMemo } from 'react';
import { kpiLabel, termLabel } from '../../../format/format';
import { KpiChart, type KpiChartPoint } from '../KpiChart';
import type { KpiImpact } from './plan-words';

/**
 * A targeted KPI's figures term by term of the plan's year against its target, drawn as the KPI trends are
 * (uPlot, in a chunk of its own loaded with the first chart). The figures are in a table beside it.
 */
export default function PriorityImpactChart({ impact }: { impact: KpiImpact }) {
  const points = useMemo<KpiChartPoint[]>(() => impact.terms.map((term) => ({ label: termLabel(term.term), value: term.value, target: impact.target })), [impact]);
  return <KpiChart points={points} description={`${kpiLabel(impact.kpi)}: the figure of each term of the year (solid) against its target (dashed)`} />;
}
