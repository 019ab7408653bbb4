import { DomainError } from '../shared/domain-error.js';
import type { IsoDate } from '../values/iso-date.js';
import type { ImprovementPlan } from './improvement-plan.state.js';

/**
 * Each change of a plan (its drafting, a priority or action added or amended, a confirmation, support
 * committed, the year's closure) is dated by the day the client names, for a plan entered after the fact, or
 * today (parseDayOrToday: never a day in the future, 400 naming the field).
 *
 * Refuses (422) a change of what the plan says (a priority or action added or amended, a confirmation), or
 * support committed, dated before the plan last changed: the plan as it stood on any day is everything dated
 * by then, and nothing recorded later rewrites a day already told. Support committed stands beside the
 * plan's changes (a commitment after a tier revised in January, an AIM's amendments of November entered after
 * it); ratings are dated facts of their own (the day given).
 */
export function refuseBeforeLatestChange(plan: ImprovementPlan, day: IsoDate, field: string): void {
  refuseBefore(plan, day, field, plan.changedOn, 'was last changed');
}

/** Refuses (422) a closure dated before anything of the plan: its latest change, or support last committed. */
export function refuseBeforeAnything(plan: ImprovementPlan, day: IsoDate, field: string): void {
  const committed = plan.supportCommittedOn;
  if (committed !== null && committed > plan.changedOn) {
    refuseBefore(plan, day, field, committed, 'last had support committed');
  }
  refuseBeforeLatestChange(plan, day, field);
}

function refuseBefore(plan: ImprovementPlan, day: IsoDate, field: string, latest: string, what: string): void {
  if (day < latest) {
    throw DomainError.refused(
      `${field}: the improvement plan of academy ${plan.academyId} for ${plan.academicYear} ${what} on ` +
        `${latest}, so it cannot be dated ${day}, before that`,
    );
  }
}
