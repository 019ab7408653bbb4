import { parseRecordId } from '../aim/record-id.js';
import { DomainError } from '../shared/domain-error.js';
import { MAX_LINE_LENGTH } from '../values/limits.js';
import { parseText } from '../values/text.js';
import type { ImprovementPlanState } from './improvement-plan.state.js';
import { planPriorityIds, priorityTitle } from './plan-priorities.js';

/**
 * An academy's improvement plan for one academic year, as a decider of another stream needs it. The
 * application looks it up (folding the plan's stream) and passes it in with the command, as a recharge's
 * rate card and a visit's diary entry are: an AIM's priorities and a peer review visit's aspects name its
 * priorities, and a core day, a recharge or a trust-commissioned review may name the support commitment of
 * it that it delivers. Plain data: the domain reads no other stream.
 */
export type ImprovementPlanLookUp = {
  academyId: string;
  academicYear: string;
  /** Whether the academy has a plan for the year (drafted, confirmed or closed); false: none was drafted. */
  drafted: boolean;
  /** Its priorities as they now stand, in the order they were added. */
  priorities: readonly { priorityId: string; title: string }[];
  /** The ids of the support commitments made in it. */
  commitmentIds: readonly string[];
};

/** The look-up of the plan folded into `state`: the academy's for the year, or none when it was never drafted. */
export function improvementPlanLookUp(state: ImprovementPlanState, academyId: string, academicYear: string): ImprovementPlanLookUp {
  if (state.status === 'none' || state.academyId !== academyId || state.academicYear !== academicYear) {
    return { academyId, academicYear, drafted: false, priorities: [], commitmentIds: [] };
  }
  return {
    academyId,
    academicYear,
    drafted: true,
    priorities: planPriorityIds(state).map((priorityId) => ({ priorityId, title: priorityTitle(state, priorityId) ?? '' })),
    commitmentIds: [...state.commitments.keys()],
  };
}

/**
 * The look-up, when it is of the academy's plan for the year the decision is about. Another year's (an AIM
 * moved to another year between the look-up and the decision) is a concurrent change: 409, send it again.
 */
export function lookedUpPlan(lookUp: ImprovementPlanLookUp, academyId: string, academicYear: string): ImprovementPlanLookUp {
  if (lookUp.academyId !== academyId || lookUp.academicYear !== academicYear) {
    throw DomainError.conflict(
      `the improvement plan looked up was academy ${lookUp.academyId}'s for ${lookUp.academicYear}, but this is about ` +
        `academy ${academyId}'s ${academicYear}: it changed while the request was decided; send it again`,
    );
  }
  return lookUp;
}

/** An AIM's priority or a visit's aspect as given: its text (none when it names a plan priority) and the priority it names. */
export type PlanPriorityReference = { text: string | null; planPriorityId: string | null };

/** What the items and their fields are called in the command (`priorities` and `priority`, `aspects` and `aspect`). */
export type PlanPriorityFields = { list: string; text: string };

/**
 * An item's text and the plan priority it names, as given: the text is required unless it names one (it then
 * takes the priority's title), and either is one line. 400 naming the field.
 */
export function parsePlanPriorityReference(item: ReadonlyMap<string, unknown>, field: string, textField: string): PlanPriorityReference {
  const rawText = item.get(textField);
  const rawId = item.get('planPriorityId');
  const planPriorityId = rawId === undefined || rawId === null ? null : parseRecordId(rawId, `${field}.planPriorityId`);
  if ((rawText === undefined || rawText === null) && planPriorityId === null) {
    throw DomainError.invalid(`${field}.${textField}`, 'must be given unless planPriorityId names a priority of the plan');
  }
  return { text: rawText === undefined || rawText === null ? null : parseText(rawText, `${field}.${textField}`, MAX_LINE_LENGTH), planPriorityId };
}

/** Refuses (400) a plan priority named by two items of one list. */
export function refuseRepeatedPlanPriorities(items: readonly PlanPriorityReference[], list: string): void {
  items.forEach(({ planPriorityId }, index) => {
    if (planPriorityId !== null && items.findIndex((other) => other.planPriorityId === planPriorityId) !== index) {
      throw DomainError.invalid(`${list}[${index}].planPriorityId`, `${planPriorityId} is named more than once`);
    }
  });
}

/**
 * The items' texts and the plan priorities they name, checked against the plan (seed 003: AIMs "review,
 * amend or confirm the academy's priorities"; visits focus "on one, or a maximum of two aspects of the
 * Academy Improvement Plan"). An item naming a priority takes its title as it now stands; a text given with
 * it must be that title (in any case). When the academy has a plan for the year, every item names one of its
 * priorities; when it has none, items are free text and name none. Each refusal is a 422 naming the field.
 */
export function linkPlanPriorities<Item extends PlanPriorityReference>(
  items: readonly Item[],
  plan: ImprovementPlanLookUp,
  fields: PlanPriorityFields,
): (Item & { text: string })[] {
  const whose = `academy ${plan.academyId}`;
  return items.map((item, index) => {
    const { text, planPriorityId } = item;
    const field = `${fields.list}[${index}]`;
    if (planPriorityId === null) {
      if (plan.drafted) {
        const named = text === null ? undefined : plan.priorities.find((priority) => sameTitle(priority.title, text));
        throw DomainError.refused(
          `${field}.planPriorityId: ${whose} has an improvement plan for ${plan.academicYear}, so each of the ${fields.list} ` +
            `names one of its priorities by its id` +
            (named === undefined ? '' : ` ("${named.title}" is its priority ${named.priorityId})`),
        );
      }
      if (text === null) {
        throw DomainError.invalid(`${field}.${fields.text}`, 'must be given when no planPriorityId is');
      }
      return { ...item, text };
    }
    if (!plan.drafted) {
      throw DomainError.refused(
        `${field}.planPriorityId: ${whose} has no improvement plan for ${plan.academicYear}, so it has no priority ${planPriorityId}`,
      );
    }
    const priority = plan.priorities.find((each) => each.priorityId === planPriorityId);
    if (priority === undefined) {
      throw DomainError.refused(
        `${field}.planPriorityId: the improvement plan of ${whose} for ${plan.academicYear} has no priority ${planPriorityId}`,
      );
    }
    if (text !== null && !sameTitle(priority.title, text)) {
      throw DomainError.refused(
        `${field}.${fields.text}: priority ${planPriorityId} of the plan is titled "${priority.title}", not "${text}"; ` +
          'leave the text out to take its title',
      );
    }
    return { ...item, text: priority.title };
  });
}

/** A support commitment's id as a delivery names it: left out or null when it delivers none. */
export function parseCommitmentId(input: unknown, field: string): string | null {
  return input === undefined || input === null ? null : parseRecordId(input, field);
}

/**
 * The support commitment a delivery names (a core day, a recharge, a trust-commissioned review), checked
 * against the plan of its academy for its academic year: a commitment "shows its delivery: the core days,
 * recharged development days and reviews that delivered it". Null when it names none; a 422 when the plan
 * has no such commitment (or there is no plan).
 */
export function linkPlanCommitment(
  commitmentId: string | null,
  lookUp: ImprovementPlanLookUp | undefined,
  academyId: string,
  academicYear: string,
): string | null {
  if (commitmentId === null) return null;
  if (lookUp === undefined) {
    // The application looks the plan up whenever a commitment is named: without it nothing can be checked.
    throw new Error(`support commitment ${commitmentId} is named, but the improvement plan was not looked up`);
  }
  const plan = lookedUpPlan(lookUp, academyId, academicYear);
  if (!plan.drafted) {
    throw DomainError.refused(
      `commitmentId: academy ${academyId} has no improvement plan for ${academicYear}, so it has no support commitment ${commitmentId}`,
    );
  }
  if (!plan.commitmentIds.includes(commitmentId)) {
    throw DomainError.refused(
      `commitmentId: the improvement plan of academy ${academyId} for ${academicYear} has no support commitment ${commitmentId}`,
    );
  }
  return commitmentId;
}

function sameTitle(title: string, text: string): boolean {
  return title.toLowerCase() === text.toLowerCase();
}
