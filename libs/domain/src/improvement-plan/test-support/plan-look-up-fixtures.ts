import type { ImprovementPlanLookUp } from '../plan-look-up.js';

/** Look-ups of an academy's improvement plan, as the application passes them to the AIM, visit and finance deciders. */

/** The academy has no plan for the year. */
export function noPlan(academyId: string, academicYear: string): ImprovementPlanLookUp {
  return { academyId, academicYear, drafted: false, priorities: [], commitmentIds: [] };
}

/** A plan with these priorities (by default writing and attendance, p-1 and p-2) and support commitments. */
export function planOf(
  academyId: string,
  academicYear: string,
  { priorities = PLAN_PRIORITIES, commitmentIds = [] }: { priorities?: ImprovementPlanLookUp['priorities']; commitmentIds?: readonly string[] } = {},
): ImprovementPlanLookUp {
  return { academyId, academicYear, drafted: true, priorities, commitmentIds };
}

export const PLAN_PRIORITIES = [
  { priorityId: 'p-1', title: 'Raise attainment in Key Stage 2 writing' },
  { priorityId: 'p-2', title: 'Improve attendance of disadvantaged pupils' },
] as const;
