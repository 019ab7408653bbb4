import { KPI_NAMES, TERMS, type KpiName, type Term } from '@trust/domain';
import type { AcademyCardView } from '@trust/projections';

export interface KpiPoint {
  academicYear: string;
  term: Term;
  value: number;
  target: number | null;
  nationalAverage: number | null;
  rag: string;
  corrected: boolean;
}

export interface KpiTarget {
  academicYear: string;
  target: number;
}

export interface KpiSeries {
  kpi: KpiName;
  /** Every figure, in time order (academic year, then autumn, spring, summer). */
  points: KpiPoint[];
  /** The target of each year that has one, in time order: what a chart draws the figures against. */
  targets: KpiTarget[];
}

export interface AcademyKpiSeries {
  academyId: string;
  name: string;
  /** One series per KPI, in the trust's order, each possibly empty. */
  series: KpiSeries[];
}

/** The card's figures regrouped per KPI in time order, for charts: the same figures, targets and RAG the card shows. */
export function kpiSeriesOf(card: AcademyCardView): AcademyKpiSeries {
  const byTime = (a: { academicYear: string; term: Term | null }, b: { academicYear: string; term: Term | null }): number =>
    a.academicYear.localeCompare(b.academicYear) || TERMS.indexOf(a.term ?? 'autumn') - TERMS.indexOf(b.term ?? 'autumn');
  const series = KPI_NAMES.map((kpi): KpiSeries => {
    const rows = card.kpis.filter((row) => row.kpi === kpi).sort(byTime);
    const points = rows.flatMap((row): KpiPoint[] =>
      row.term === null || row.value === null
        ? []
        : [{ academicYear: row.academicYear, term: row.term, value: row.value, target: row.target, nationalAverage: row.nationalAverage, rag: row.rag, corrected: row.corrected }],
    );
    const targets = new Map<string, number>();
    for (const row of rows) if (row.target !== null) targets.set(row.academicYear, row.target);
    return { kpi, points, targets: [...targets].map(([academicYear, target]) => ({ academicYear, target })) };
  });
  return { academyId: card.academyId, name: card.name, series };
}
