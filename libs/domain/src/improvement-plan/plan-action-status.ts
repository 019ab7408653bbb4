import { parseOneOf } from '../values/one-of.js';

/** Where an action of the plan stands. An action starts not started; dropped ones stay in the plan's history. */
export const PLAN_ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];

export function parsePlanActionStatus(input: unknown, field: string): PlanActionStatus {
  return parseOneOf(PLAN_ACTION_STATUSES, input, field);
}
