import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { academicYearOf } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { AIM_DOCUMENTS_DUE_DAYS_BEFORE } from './aim-document.js';
import { parseAimFocus } from './aim-focus.js';
import { parseAimFormat } from './aim-format.js';
import type { ScheduleAim } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import type { AimState } from './aim.state.js';
import { parseRecordId } from './record-id.js';
import { addDays, parseSchoolDay } from './school-calendar.js';
import { isoDateOf } from '../values/iso-date.js';

/**
 * An AIM on a school day, coming or past: a past one is a meeting recorded after the fact (its documents
 * are then not chased; see recorded-after-the-fact.ts), which may then be prepared, held and reported on.
 * Seed 003: "AIMS will take place 3 times per year, in the majority of cases unless a different
 * arrangement has been agreed with the academy", so the number a year is counted (compliance), not capped.
 */
export function scheduleAim(command: ScheduleAim, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const date = parseSchoolDay(command.date, 'date');
  const format = parseAimFormat(command.format, 'format');
  const focus = command.focus === undefined || command.focus === null ? null : parseAimFocus(command.focus, 'focus');

  if (state.status !== 'not-scheduled') {
    throw DomainError.conflict(`AIM ${aimId} is already scheduled`);
  }
  return [
    {
      type: 'AimScheduled',
      data: {
        aimId,
        academyId,
        academicYear: academicYearOf(date),
        date,
        format,
        focus,
        documentsDueOn: addDays(date, -AIM_DOCUMENTS_DUE_DAYS_BEFORE),
        scheduledOn: isoDateOf(now),
      },
    },
  ];
}
