import type { DecisionContext } from '../shared/decider.js';
import { academicYearOf } from '../values/academic-year.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseText } from '../values/text.js';
import { AIM_DOCUMENTS_DUE_DAYS_BEFORE } from './aim-document.js';
import type { RescheduleAim } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { refuseOnceHeld, scheduledAim, type AimState } from './aim.state.js';
import { parseRecordId } from './record-id.js';
import { addDays, parsePlannedSchoolDay } from './school-calendar.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';


/**
 * A new date, with the reason: the earlier date stays in the stream, and the documents fall due a week
 * before the new date (a deadline that is checked afresh). Moving to the date it already has changes nothing.
 */
export function rescheduleAim(command: RescheduleAim, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const date = parsePlannedSchoolDay(command.date, 'date', now);
  const reason = parseText(command.reason, 'reason', MAX_TEXT_LENGTH);

  const aim = scheduledAim(state, aimId);
  refuseOnceHeld(aim, 'be rescheduled');
  if (aim.date === date) {
    return [];
  }
  return [
    {
      type: 'AimRescheduled',
      data: {
        aimId,
        academyId: aim.academyId,
        academicYear: academicYearOf(date),
        date,
        previousDate: aim.date,
        documentsDueOn: addDays(date, -AIM_DOCUMENTS_DUE_DAYS_BEFORE),
        reason,
        rescheduledOn: isoDateOf(now),
      },
    },
  ];
}
