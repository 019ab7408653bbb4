import type { DecisionContext } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
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


export function logCoreDay(command: LogCoreDay, state: CoreDaysState, { now }: DecisionContext): CoreDaysEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const deliveredOn = parseDeliveredOn(command.deliveredOn, 'deliveredOn', now);
  const days = parseSupportDays(command.days, 'days');
  const description = parseText(command.description, 'description', MAX_TEXT_LENGTH);
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
  return [{ type: 'CoreDayLogged', data: { academyId, academicYear, deliveredOn, days, description } }];
}
