import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { linkPlanPriorities, lookedUpPlan } from '../improvement-plan/plan-look-up.js';
import type { IsoDate } from '../values/iso-date.js';
import type { AimAttendee } from './aim-meeting.js';
import type { HoldAim } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { scheduledAim, type AimState, type ScheduledAim } from './aim.state.js';
import { parseAttendees, parseJudgements, parseNextSteps, parsePriorities } from './parse-aim-meeting.js';
import { parseRecordId } from './record-id.js';
import { nextSchoolDay } from './school-calendar.js';

/**
 * The meeting, once: who attended, a judgement and comment under the inspection headings, priorities, next
 * steps. Its priorities are the academy's plan's when it has one for the AIM's year (seed 003: AIMs "review,
 * amend or confirm the academy's priorities"): rating one at the AIM rates the plan's priority.
 */
export function holdAim(command: HoldAim, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const heldOn = parseDateNotInFuture(command.heldOn, 'heldOn', now);
  const attendees = parseAttendees(command.attendees);
  const judgements = parseJudgements(command.judgements);
  const priorities = parsePriorities(command.priorities);
  const nextSteps = parseNextSteps(command.nextSteps);

  const aim = scheduledAim(state, aimId);
  if (aim.status === 'held') {
    throw DomainError.conflict(`AIM ${aimId} was already held on ${String(aim.heldOn)}`);
  }
  refuseUnlessChairedByTheDirector(attendees);
  refuseUnlessOnTheMeetingDay(aim, heldOn);
  const plan = lookedUpPlan(command.plan, aim.academyId, aim.academicYear);
  return [
    {
      type: 'AimHeld',
      data: {
        aimId,
        academyId: aim.academyId,
        academicYear: aim.academicYear,
        format: aim.format,
        heldOn,
        attendees,
        judgements,
        priorities: linkPlanPriorities(priorities, plan, { list: 'priorities', text: 'priority' }).map(
          ({ text, rag, planPriorityId }) => ({ priority: text, rag, planPriorityId }),
        ),
        nextSteps,
      },
    },
  ];
}

/**
 * Seed 003: "Meetings will normally be chaired by the AID" and the attendees are "Academy Improvement
 * Director (Chair); ...". The improvement director's chairing is what makes it an AIM, so a meeting
 * chaired by anyone else is not recorded as one.
 */
function refuseUnlessChairedByTheDirector(attendees: readonly AimAttendee[]): void {
  const chairs = attendees.filter((attendee) => attendee.chair);
  const [chair] = chairs;
  if (chair === undefined || chairs.length > 1) {
    throw DomainError.refused(
      'an AIM is chaired by exactly one attendee, the improvement director; ' +
        `${chairs.length} attendees are marked chair`,
    );
  }
  if (chair.role !== 'improvement-director') {
    throw DomainError.refused(`an AIM is chaired by the improvement director, not by ${chair.name} (${chair.role})`);
  }
}

/**
 * The meeting is on the AIM's day, or, for a one-and-a-half-day AIM, on that day or "the following day
 * from 9-11 a.m." (seed 003): the next school day. A meeting on another day is rescheduled first, so the
 * deadline and the history stay true.
 */
function refuseUnlessOnTheMeetingDay(aim: ScheduledAim, heldOn: IsoDate): void {
  const date = aim.date as IsoDate;
  const meetingDays = aim.format === 'one-and-a-half-day' ? [date, nextSchoolDay(date)] : [date];
  if (!meetingDays.includes(heldOn)) {
    throw DomainError.refused(
      `AIM ${aim.aimId} is scheduled for ${meetingDays.join(' or ')}, so it cannot be recorded as held on ` +
        `${heldOn}; reschedule it first`,
    );
  }
}
