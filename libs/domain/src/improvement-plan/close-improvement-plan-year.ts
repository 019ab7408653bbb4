import { parseDayOrToday } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { academicYearStart } from '../values/academic-year.js';
import type { CloseImprovementPlanYear } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { draftedPlan, type ImprovementPlanState } from './improvement-plan.state.js';
import { parsePlanKey } from './parse-plan-key.js';
import { refuseBeforeAnything } from './plan-change-day.js';

/**
 * The plan's year closed: its priorities, actions, ratings and support stay as they stood, and nothing more is
 * added, amended, rated or committed. A draft may be closed as it is; a year is closed once it has begun, and
 * closing it twice changes nothing.
 */
export function closeImprovementPlanYear(
  command: CloseImprovementPlanYear,
  state: ImprovementPlanState,
  { now }: DecisionContext,
): ImprovementPlanEvent[] {
  const { academyId, academicYear } = parsePlanKey(command);
  const closedOn = parseDayOrToday(command.closedOn, 'closedOn', now);

  const plan = draftedPlan(state, academyId, academicYear);
  if (plan.status === 'closed') {
    return [];
  }
  if (closedOn < academicYearStart(academicYear)) {
    throw DomainError.refused(
      `${academicYear} begins on ${academicYearStart(academicYear)}, so its improvement plan cannot be closed before then`,
    );
  }
  refuseBeforeAnything(plan, closedOn, 'closedOn');
  return [{ type: 'ImprovementPlanYearClosed', data: { academyId, academicYear, closedOn } }];
}
