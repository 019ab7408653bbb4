import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { parseRagRating } from '../aim/rag-rating.js';
import { parseRecordId } from '../aim/record-id.js';
import { academicYearEnd, academicYearStart } from '../values/academic-year.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';
import { parseText } from '../values/text.js';
import type { RatePlanPriority } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent, PlanPriorityRatedData } from './improvement-plan.events.js';
import { openPlan, planPriority, type ImprovementPlanState, type PlanRating } from './improvement-plan.state.js';
import { parsePlanActor } from './plan-actor.js';
import { parseRatingSource } from './rating-source.js';
import { parsePlanKey } from './parse-plan-key.js';

/**
 * A RAG rating of a priority, added to its history: given on the plan, at an AIM, or by the host headteacher a
 * week before a peer review visit (seed 003: "One week prior to the meeting, the Host Headteacher will RAG rate
 * the Academy Improvement Plan priorities"). Only on a day of the plan's own academic year, and not in the
 * future. The same rating recorded again changes nothing.
 */
export function ratePlanPriority(
  command: RatePlanPriority,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const priorityId = parseRecordId(command.priorityId, 'priorityId');
  const rating = parseRagRating(command.rating, 'rating');
  const ratedOn = parseDateNotInFuture(command.ratedOn, 'ratedOn', now);
  const comment =
    command.comment === undefined || command.comment === null ? null : parseText(command.comment, 'comment', MAX_TEXT_LENGTH);
  const source = parseRatingSource(command.source, command.aimId, command.visitId);
  const ratedBy = parsePlanActor(command.ratedBy, 'ratedBy');

  const plan = openPlan(state, academyId, academicYear, 'have its priorities rated');
  const priority = planPriority(plan, priorityId);
  const [from, to] = [academicYearStart(academicYear), academicYearEnd(academicYear)];
  if (ratedOn < from || ratedOn > to) {
    throw DomainError.refused(
      `a rating of the ${academicYear} plan is given from ${from} to ${to}; ${ratedOn} is outside its academic year`,
    );
  }
  const data: PlanPriorityRatedData = { academyId, academicYear, priorityId, rating, ratedOn, ratedBy, comment, source };
  if (priority.ragHistory.some((earlier) => sameRating(earlier, data))) {
    return [];
  }
  return [{ type: 'PlanPriorityRated', data }];
}

function sameRating(a: PlanRating, b: PlanRating): boolean {
  return (
    a.rating === b.rating &&
    a.ratedOn === b.ratedOn &&
    a.comment === b.comment &&
    a.ratedBy.userId === b.ratedBy.userId &&
    a.source.kind === b.source.kind &&
    a.source.aimId === b.source.aimId &&
    a.source.visitId === b.source.visitId
  );
}
