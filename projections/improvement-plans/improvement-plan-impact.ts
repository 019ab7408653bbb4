import { TERMS, type KpiName, type Rag, type Term } from '@trust/domain';
import type { AcademyCardKpi } from '../academy-card/academy-card.js';
import type { ImprovementPlanView, PlanPriorityView } from './improvement-plans.js';

/**
 * A priority's impact: each KPI it targets, term by term of the plan's year, against the KPI's target, as the
 * academy card holds them (seed 000, Tier 2: "KPIs identified through academy development plan and monitored
 * through academy card"). The card's own rows are read, not folded again: its figure of a term (a correction
 * in place of the figure first recorded) and its RAG against the target.
 */
export interface KpiTermFigure {
  term: Term;
  /** The card's figure for the term; null while none is recorded. */
  value: number | null;
  /** The card's RAG of the figure against the target; null while no figure is recorded. */
  rag: Rag | null;
  /** The figure shown is a correction of the one first recorded. */
  corrected: boolean;
}

export interface KpiImpact {
  kpi: KpiName;
  successCriteria: string;
  /** The card's target for the KPI in the plan's year; null while none is set. */
  target: number | null;
  /** Autumn, spring and summer of the plan's year. */
  terms: KpiTermFigure[];
}

export interface PlanPriorityWithImpact extends PlanPriorityView {
  /** Each KPI the priority targets, term by term against its target (none when it targets no KPI). */
  impact: KpiImpact[];
}

export interface ImprovementPlanWithImpact extends Omit<ImprovementPlanView, 'priorities'> {
  priorities: PlanPriorityWithImpact[];
}

/** The impact of a priority targeting `targets`, from the card's KPI rows (`kpis`) for `academicYear`. Pure. */
export function priorityImpact(priority: Pick<PlanPriorityView, 'targets'>, kpis: readonly AcademyCardKpi[], academicYear: string): KpiImpact[] {
  return priority.targets.map(({ kpi, successCriteria }) => {
    const rows = kpis.filter((row) => row.academicYear === academicYear && row.kpi === kpi);
    const target = rows.find((row) => row.target !== null)?.target ?? null;
    return {
      kpi,
      successCriteria,
      target,
      terms: TERMS.map((term) => {
        const row = rows.find((each) => each.term === term);
        return row === undefined || row.value === null
          ? { term, value: null, rag: null, corrected: false }
          : { term, value: row.value, rag: row.rag, corrected: row.corrected };
      }),
    };
  });
}

/** The plan with each priority's impact beside its RAG history, from the card's KPI rows (none when the academy has no card). */
export function withImpact(plan: ImprovementPlanView, kpis: readonly AcademyCardKpi[]): ImprovementPlanWithImpact {
  return { ...plan, priorities: plan.priorities.map((priority) => ({ ...priority, impact: priorityImpact(priority, kpis, plan.academicYear) })) };
}
