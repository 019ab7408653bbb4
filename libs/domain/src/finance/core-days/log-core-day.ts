import type { DecisionContext } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { linkPlanCommitment, parseCommitmentId } from '../../improvement-plan/plan-look-up.js';
import { academicYearOf } from '../../values/academic-year.js';
import { parseAcademyId } from '../../values/academy-id.js';
import { parseText } from '../../values/text.js';
import { parseDeliveredOn } from '../delivered-on.js';
import { formatDays, parseSupportDays } from '../support-days.js';
import { CORE_DAYS_PER_YEAR, coreDaysLeft } from './core-days-entitlement.js';
import type { LogCoreDay } from './core-days.commands.js';
import type { CoreDaysEvent } from './core-days.events.js';
import type { CoreDaysState } from './core-days.state.js';
import { MAX_TEXT_LENGTH } from '../../values/limits.js';

/**
 * A day of the improvement director's core entitlement (seed 003: "up to six days of improvement support"),
 * its Academy Improvement Meetings' days counted in; it may name the support commitment of the academy's
 * plan it delivers.
 */
export function logCoreDay(command: LogCoreDay, state: CoreDaysState, { now }: DecisionContext): CoreDaysEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const deliveredOn = parseDeliveredOn(command.deliveredOn, 'deliveredOn', now);
  const days = parseSupportDays(command.days, 'days');
  const description = parseText(command.description, 'description', MAX_TEXT_LENGTH);
  const commitmentId = parseCommitmentId(command.commitmentId, 'commitmentId');
  const academicYear = academicYearOf(deliveredOn);

  const remaining = coreDaysLeft(state.daysUsed, command.aimDays);
  if (days > remaining) {
    const further = 'further days are Academy Development Days, which are recharged';
    const aims = command.aimDays > 0 ? ` (${formatDays(command.aimDays)} of them for its Academy Improvement Meetings)` : '';
    throw DomainError.refused(
      remaining <= 0
        ? `academy ${academyId} has used all ${CORE_DAYS_PER_YEAR} of its core improvement director days in ` +
            `${academicYear}${aims}; ${further}`
        : `academy ${academyId} has ${formatDays(remaining)} left of its ${CORE_DAYS_PER_YEAR} core improvement ` +
            `director days in ${academicYear}${aims}, so ${formatDays(days)} cannot be logged as core days; ${further}`,
    );
  }
  linkPlanCommitment(commitmentId, command.plan, academyId, academicYear);
  return [{ type: 'CoreDayLogged', data: { academyId, academicYear, deliveredOn, days, description, commitmentId } }];
}
