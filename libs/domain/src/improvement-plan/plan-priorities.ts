import type { ImprovementPlanState, PlanRating } from './improvement-plan.state.js';

/**
 * What an AIM's or a peer review visit's decider asks of a plan, to check that a focus names one of its
 * priorities (seed 003: visits focus "on one, or a maximum of two aspects of the Academy Improvement Plan").
 * Pure; a plan never drafted has no priorities.
 */

/** The plan's priority ids, in the order they were added. */
export function planPriorityIds(state: ImprovementPlanState): string[] {
  return state.status === 'none' ? [] : [...state.priorities.keys()];
}

export function hasPriority(state: ImprovementPlanState, priorityId: string): boolean {
  return state.status !== 'none' && state.priorities.has(priorityId);
}

/** The priority's title as it now stands, or null when the plan has no such priority. */
export function priorityTitle(state: ImprovementPlanState, priorityId: string): string | null {
  return state.status === 'none' ? null : (state.priorities.get(priorityId)?.title ?? null);
}

/**
 * The priority's rating as it stands: the one of the latest day rated, the later recorded of a day's; null when
 * it has none (or the plan has no such priority). A past AIM's rating entered late does not replace a newer one.
 */
export function latestRating(state: ImprovementPlanState, priorityId: string): PlanRating | null {
  if (state.status === 'none') return null;
  const history = state.priorities.get(priorityId)?.ragHistory ?? [];
  return history.reduce<PlanRating | null>((latest, rating) => (latest === null || rating.ratedOn >= latest.ratedOn ? rating : latest), null);
}
