/** A figure of the academy card (AcademyCardKpiDto), as far as this needs it. */
interface CardFigure {
  kpi: string;
  academicYear: string;
  term: string | null;
  value: number | null;
}

/** The figure the card holds for a KPI's term, or null when none is recorded (as far as the card knows). */
export function recordedFigure(kpis: readonly CardFigure[] | undefined, kpi: string, academicYear: string, term: string): number | null {
  const row = kpis?.find((candidate) => candidate.kpi === kpi && candidate.academicYear === academicYear && candidate.term === term);
  return row?.value ?? null;
}
