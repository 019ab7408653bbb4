import type { KpiName, Rag } from './kpi-name.js';
import { kpiScale } from './kpi-value.js';

export interface RagInput {
  kpi: KpiName;
  /** The figure; null when none has been recorded yet. */
  value: number | null;
  /** The academy's target for the KPI in that academic year, if one is set. */
  target?: number | null;
  /** The national average recorded with the figure, if any. */
  nationalAverage?: number | null;
}

// Amber when value ≥ target − 5 (attendance: target − 1): docs/DOMAIN.md, "RAG ratings of a KPI". Held in hundredths of a percent,
// the precision of a figure, so that e.g. 85.1 against a target of 90.1 is not lost to float error.
const AMBER_BAND_HUNDREDTHS = 500;
const ATTENDANCE_AMBER_BAND_HUNDREDTHS = 100;

/** The academy card's RAG rating of one KPI figure, as docs/DOMAIN.md ("RAG ratings of a KPI") sets it out. */
export function ragFor({ kpi, value, target = null, nationalAverage = null }: RagInput): Rag {
  if (value === null) {
    return 'grey';
  }
  const benchmark = benchmarkFor(kpi, target, nationalAverage);
  if (benchmark === null) {
    return 'grey';
  }
  const scale = kpiScale(kpi);
  switch (scale) {
    case 'percentage':
      return percentageRag(
        value,
        benchmark,
        kpi === 'attendance' ? ATTENDANCE_AMBER_BAND_HUNDREDTHS : AMBER_BAND_HUNDREDTHS,
      );
    case 'grade':
      return gradeRag(value, benchmark);
    default: {
      const _exhaustive: never = scale;
      return _exhaustive;
    }
  }
}

function benchmarkFor(kpi: KpiName, target: number | null, nationalAverage: number | null): number | null {
  if (target !== null) {
    return target;
  }
  // Seed 000: "Pupil attendance is in line with the national average or better" — with no target of
  // its own, attendance is held to the national average recorded with the figure.
  if (kpi === 'attendance') {
    return nationalAverage;
  }
  // The seeds give no default for the other KPIs; inventing one would paint academies red or green on
  // no agreed basis, so a figure without a target is grey: there is nothing to judge it against.
  return null;
}

function percentageRag(value: number, target: number, amberBandHundredths: number): Rag {
  const valueHundredths = Math.round(value * 100);
  const targetHundredths = Math.round(target * 100);
  if (valueHundredths >= targetHundredths) {
    return 'green';
  }
  return valueHundredths >= targetHundredths - amberBandHundredths ? 'amber' : 'red';
}

/** Lower grades are better: green at or better than target, amber one grade short, red beyond. */
function gradeRag(grade: number, target: number): Rag {
  if (grade <= target) {
    return 'green';
  }
  return grade === target + 1 ? 'amber' : 'red';
}
