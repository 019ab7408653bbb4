import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf, type IsoDate } from '../values/iso-date.js';
import type { ImprovementPlan } from './improvement-plan.state.js';

/**
 * The day a change of a plan is dated (its drafting, a priority or action added or amended, a confirmation,
 * support committed, the year's closure): the day the client names, for a plan entered after the fact, or
 * the server's day when none is given. Never in the future (400 naming the field).
 *
 * The plan read `on` a day is what had been dated by then, so what the plan says is told in the order it
 * happened: see refuseBeforeLatestChange.
 */
export function parsePlanChangeDay(input: unknown, field: string, now: Date): IsoDate {
  return input === undefined || input === null ? isoDateOf(now) : parseDateNotInFuture(input, field, now);
}

/**
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
