import type { FormErrors } from '@mantine/form';
import { pastDateProblem, staffIdProblem, textProblem, TEXT_LIMITS, todayInLondon } from '../../../forms/shape-rules';
import type { PlanChoice } from '../plan/plan-priority-choices';
import type { HoldAimBody } from './aim-commands';
import { AIM_HEADINGS, AIM_JUDGEMENTS, ATTENDEE_ROLES, isOneOf, RAG_RATINGS, type AimHeading } from './aim-words';

/** What the "Record the AIM held" form holds while it is filled in, and the body it sends. */
export interface HoldValues {
  heldOn: string;
  /** `staffId`: the ledger's id of an attendee who is staff it knows; empty for anyone else (not sent). */
  attendees: { key: string; name: string; role: string; chair: boolean; staffId: string }[];
  /** One row per inspection heading, in order; a heading left without a judgement was not discussed. */
  judgements: { heading: AimHeading; judgement: string; comment: string }[];
  /** `planPriorityId`: the plan's priority chosen, when the academy has a plan for the AIM's year; otherwise `priority`, in words. */
  priorities: { key: string; priority: string; rag: string; planPriorityId: string }[];
  nextSteps: { key: string; text: string }[];
}

/** The API's bounds on the meeting's lists (libs/domain's MAX_ITEMS). */
export const HOLD_LIMITS = { attendees: 50, priorities: 20, nextSteps: 30 } as const;

export const rowKey = (): string => crypto.randomUUID();

export function newAttendee(role = '', chair = false): HoldValues['attendees'][number] {
  return { key: rowKey(), name: '', role, chair, staffId: '' };
}

export function newPriority(): HoldValues['priorities'][number] {
  return { key: rowKey(), priority: '', rag: '', planPriorityId: '' };
}

export function newNextStep(): HoldValues['nextSteps'][number] {
  return { key: rowKey(), text: '' };
}

/** The meeting's day first (the AIM's day), the improvement director in the chair and the headteacher. */
export function initialHoldValues(aimDate: string): HoldValues {
  return {
    heldOn: aimDate,
    attendees: [newAttendee('improvement-director', true), newAttendee('headteacher')],
    judgements: (Object.keys(AIM_HEADINGS) as AimHeading[]).map((heading) => ({ heading, judgement: '', comment: '' })),
    priorities: [newPriority()],
    nextSteps: [newNextStep()],
  };
}

function listProblem(count: number, max: number, least: string, most: string): string | null {
  if (count === 0) return least;
  return count > max ? most : null;
}

/**
 * Every shape problem the API would find, keyed by the form's paths (`attendees.0.name`), in plain words.
 * `plan`: the priorities of the academy's plan for the AIM's year, when it has one (each priority must then be
 * one of them, once); null when it has none (priorities in words).
 */
export function holdAimProblems(values: HoldValues, today: string = todayInLondon(), plan: readonly PlanChoice[] | null = null): FormErrors {
  const errors: FormErrors = {};
  const note = (path: string, problem: string | null): void => {
    if (problem !== null) errors[path] = problem;
  };
  note('heldOn', pastDateProblem(values.heldOn, 'the day of the meeting', today));

  note('attendees', listProblem(values.attendees.length, HOLD_LIMITS.attendees, 'List who attended', `At most ${HOLD_LIMITS.attendees} attendees`));
  values.attendees.forEach((attendee, index) => {
    note(`attendees.${index}.name`, textProblem(attendee.name, TEXT_LIMITS.name, 'their name'));
    note(`attendees.${index}.role`, isOneOf(ATTENDEE_ROLES, attendee.role) ? null : 'Choose their role');
    const first = values.attendees.findIndex((other) => other.name.trim() === attendee.name.trim() && other.role === attendee.role);
    if (first !== index && attendee.name.trim() !== '' && errors[`attendees.${index}.name`] === undefined) errors[`attendees.${index}.name`] = `Listed already as attendee ${first + 1}`;
    const staffId = attendee.staffId.trim();
    if (staffId === '') return;
    note(`attendees.${index}.staffId`, staffIdProblem(staffId));
    const sameStaff = values.attendees.findIndex((other) => other.staffId.trim() === staffId);
    if (sameStaff !== index && errors[`attendees.${index}.staffId`] === undefined) errors[`attendees.${index}.staffId`] = `Listed already as attendee ${sameStaff + 1}`;
  });

  values.judgements.forEach((row, index) => {
    if (row.judgement === '') {
      note(`judgements.${index}.comment`, row.comment.trim() === '' ? null : 'Choose a judgement for this comment, or clear it');
      return;
    }
    note(`judgements.${index}.judgement`, isOneOf(AIM_JUDGEMENTS, row.judgement) ? null : 'Choose a judgement');
    note(`judgements.${index}.comment`, textProblem(row.comment, TEXT_LIMITS.longText, 'a summary comment'));
  });
  if (!values.judgements.some((row) => row.judgement !== '')) errors['judgements'] = 'Judge at least one heading';

  note('priorities', listProblem(values.priorities.length, HOLD_LIMITS.priorities, 'Set at least one priority', `At most ${HOLD_LIMITS.priorities} priorities`));
  if (plan !== null && plan.length === 0) errors['priorities'] = "The academy's improvement plan for the year has no priorities yet: add them to the plan first";
  values.priorities.forEach((row, index) => {
    if (plan === null) note(`priorities.${index}.priority`, textProblem(row.priority, TEXT_LIMITS.line, 'the priority'));
    else if (!plan.some((choice) => choice.priorityId === row.planPriorityId)) note(`priorities.${index}.planPriorityId`, "Choose one of the plan's priorities");
    else {
      const first = values.priorities.findIndex((other) => other.planPriorityId === row.planPriorityId);
      if (first !== index) note(`priorities.${index}.planPriorityId`, `Chosen already as priority ${first + 1}`);
    }
    note(`priorities.${index}.rag`, isOneOf(RAG_RATINGS, row.rag) ? null : 'Rate it red, amber or green');
  });

  note('nextSteps', listProblem(values.nextSteps.length, HOLD_LIMITS.nextSteps, 'Write at least one next step', `At most ${HOLD_LIMITS.nextSteps} next steps`));
  values.nextSteps.forEach((row, index) => note(`nextSteps.${index}.text`, textProblem(row.text, TEXT_LIMITS.text, 'the next step')));
  return errors;
}

/** The body the API takes, from values holdAimProblems found nothing wrong with (given the same `plan`): a plan's priority by its id and its title. */
export function holdAimBody(values: HoldValues, plan: readonly PlanChoice[] | null = null): HoldAimBody {
  return {
    heldOn: values.heldOn,
    attendees: values.attendees.flatMap(({ name, role, chair, staffId }) => (isOneOf(ATTENDEE_ROLES, role) ? [{ name: name.trim(), role, chair, ...(staffId.trim() === '' ? {} : { staffId: staffId.trim() }) }] : [])),
    judgements: values.judgements.flatMap(({ heading, judgement, comment }) => (isOneOf(AIM_JUDGEMENTS, judgement) ? [{ heading, judgement, comment: comment.trim() }] : [])),
    priorities: values.priorities.flatMap(({ priority, rag, planPriorityId }) => {
      if (!isOneOf(RAG_RATINGS, rag)) return [];
      if (plan === null) return [{ priority: priority.trim(), rag }];
      const chosen = plan.find((choice) => choice.priorityId === planPriorityId);
      return chosen === undefined ? [] : [{ planPriorityId: chosen.priorityId, priority: chosen.title, rag }];
    }),
    nextSteps: values.nextSteps.map(({ text }) => text.trim()),
  };
}
