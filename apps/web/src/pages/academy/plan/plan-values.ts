import type { FormErrors } from '@mantine/form';
import { KPI_ORDER } from '../../../format/format';
import { dateProblem, optionalTextProblem, pastDateProblem, staffIdProblem, textProblem, TEXT_LIMITS, todayInLondon } from '../../../forms/shape-rules';
import type { AddActionBody, AddPriorityBody, AmendPriorityBody, CommitSupportBody, OwnerBody, RatePriorityBody } from './plan-commands';
import {
  academicYearBounds,
  isOneOf,
  PLAN_OWNER_ROLES,
  PLAN_RAGS,
  SUPPORT_KINDS,
  type PlanKpi,
  type PlanOwnerView,
  type PlanPriorityView,
} from './plan-words';

/**
 * What the plan's forms hold while they are filled in, the shape problems the API would find (in plain words,
 * keyed by the form's paths), and the bodies they send. The domain's rules (a closed year, a title another
 * priority has) stay the API's to say.
 */

export const rowKey = (): string => crypto.randomUUID();

/** The bounds the API puts on a plan (libs/domain's improvement-plan rules). */
export const PLAN_LIMITS = { owners: 10, coreDays: 6, developmentDays: 200, reviews: 6 } as const;

// ---- the day a change was made ----

/** Each command's name for the day its change was made. */
export type ChangeDayField = 'draftedOn' | 'addedOn' | 'amendedOn' | 'confirmedOn' | 'committedOn' | 'closedOn';

/**
 * The day a change to the plan was made (each form's `madeOn`), for a plan entered after the fact: empty for
 * today (the API's today), otherwise a day that has come. That it is not before the plan's latest change stays
 * the API's to say (a refusal).
 */
export function madeOnProblem(value: string, today: string = todayInLondon()): string | null {
  return value === '' ? null : pastDateProblem(value, 'the day it was made', today);
}

/** The day under the command's name for it, to spread into its body: nothing when left empty. */
export function madeOnBody<F extends ChangeDayField>(field: F, madeOn: string): Partial<Record<F, string>> {
  return madeOn === '' ? {} : ({ [field]: madeOn } as Partial<Record<F, string>>);
}

/** An owner as a form holds it: a role, or `staff` with the member of staff's id and name. */
export interface OwnerValues {
  key: string;
  /** A role of PLAN_OWNER_ROLES, `staff` for a named member of staff, or '' while none is chosen. */
  choice: string;
  staffId: string;
  name: string;
}

export const STAFF_OWNER = 'staff';

export function newOwner(choice = ''): OwnerValues {
  return { key: rowKey(), choice, staffId: '', name: '' };
}

export function ownerValuesOf(owner: PlanOwnerView): OwnerValues {
  return owner.kind === 'role' ? { ...newOwner(owner.role ?? ''), choice: owner.role ?? '' } : { key: rowKey(), choice: STAFF_OWNER, staffId: owner.staffId ?? '', name: owner.name ?? '' };
}

/** The problems of one owner, keyed by `path` (`owners.0`): the choice, and a member of staff's id and name. */
function ownerProblems(owner: OwnerValues, path: string, errors: FormErrors): void {
  if (owner.choice === STAFF_OWNER) {
    const idProblem = staffIdProblem(owner.staffId.trim());
    if (idProblem !== null) errors[`${path}.staffId`] = idProblem;
    const nameProblem = textProblem(owner.name, TEXT_LIMITS.name, 'their name');
    if (nameProblem !== null) errors[`${path}.name`] = nameProblem;
  } else if (!isOneOf(PLAN_OWNER_ROLES, owner.choice)) errors[`${path}.choice`] = 'Choose a role, or a named member of staff';
}

export function ownerBody(owner: OwnerValues): OwnerBody {
  return owner.choice === STAFF_OWNER ? { staffId: owner.staffId.trim(), name: owner.name.trim() } : { role: owner.choice as NonNullable<OwnerBody['role']> };
}

/** The same owner twice: the same role, or the same member of staff by id. */
function sameOwner(a: OwnerValues, b: OwnerValues): boolean {
  if (a.choice === STAFF_OWNER) return b.choice === STAFF_OWNER && a.staffId.trim() !== '' && a.staffId.trim() === b.staffId.trim();
  return a.choice !== '' && a.choice === b.choice;
}

// ---- a priority: added, or amended ----

export interface PriorityValues {
  title: string;
  evidence: string;
  /** One row per KPI of the card, in the card's order: targeted or not, and what success is. */
  targets: { kpi: PlanKpi; targeted: boolean; successCriteria: string }[];
  owners: OwnerValues[];
  /** The day it was added or amended, or '' for today. */
  madeOn: string;
}

export function initialPriorityValues(): PriorityValues {
  return {
    title: '',
    evidence: '',
    targets: KPI_ORDER.map((kpi) => ({ kpi, targeted: false, successCriteria: '' })),
    owners: [newOwner()],
    madeOn: '',
  };
}

/** The priority as it stands, to amend. */
export function priorityValuesOf(priority: PlanPriorityView): PriorityValues {
  return {
    title: priority.title,
    evidence: priority.evidence,
    targets: KPI_ORDER.map((kpi) => {
      const target = priority.targets.find((candidate) => candidate.kpi === kpi);
      return { kpi, targeted: target !== undefined, successCriteria: target?.successCriteria ?? '' };
    }),
    owners: priority.owners.map(ownerValuesOf),
    madeOn: '',
  };
}

export function priorityProblems(values: PriorityValues, today: string = todayInLondon()): FormErrors {
  const errors: FormErrors = {};
  const note = (path: string, problem: string | null): void => {
    if (problem !== null) errors[path] = problem;
  };
  note('title', textProblem(values.title, TEXT_LIMITS.line, 'the priority'));
  note('evidence', textProblem(values.evidence, TEXT_LIMITS.longText, 'the evidence for it'));
  values.targets.forEach((target, index) => {
    if (target.targeted) note(`targets.${index}.successCriteria`, textProblem(target.successCriteria, TEXT_LIMITS.text, 'what success is'));
  });
  if (values.owners.length === 0) errors['owners'] = 'Name at least one owner';
  if (values.owners.length > PLAN_LIMITS.owners) errors['owners'] = `At most ${PLAN_LIMITS.owners} owners`;
  values.owners.forEach((owner, index) => {
    ownerProblems(owner, `owners.${index}`, errors);
    const first = values.owners.findIndex((other) => sameOwner(other, owner));
    if (first !== index && first >= 0) errors[owner.choice === STAFF_OWNER ? `owners.${index}.staffId` : `owners.${index}.choice`] = `Named already as owner ${first + 1}`;
  });
  note('madeOn', madeOnProblem(values.madeOn, today));
  return errors;
}

export function addPriorityBody(values: PriorityValues): AddPriorityBody {
  return {
    title: values.title.trim(),
    evidence: values.evidence.trim(),
    targets: values.targets.filter((target) => target.targeted).map(({ kpi, successCriteria }) => ({ kpi, successCriteria: successCriteria.trim() })),
    owners: values.owners.map(ownerBody),
    ...madeOnBody('addedOn', values.madeOn),
  };
}

const sameSet = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string): boolean => a.length === b.length && a.every((item) => b.some((other) => key(other) === key(item)));

/**
 * Only what changed (targets and owners whole), with the day it was amended when given, or null when nothing
 * did: an amendment that changes nothing is not sent.
 */
export function amendPriorityBody(values: PriorityValues, priority: PlanPriorityView): AmendPriorityBody | null {
  const wanted = addPriorityBody(values);
  const standing = addPriorityBody(priorityValuesOf(priority));
  const targetKey = (target: { kpi: string; successCriteria: string }): string => `${target.kpi}\u0000${target.successCriteria}`;
  const ownerKey = (owner: OwnerBody): string => (owner.role ? `role\u0000${owner.role}` : `staff\u0000${owner.staffId ?? ''}\u0000${owner.name ?? ''}`);
  const body: AmendPriorityBody = {
    ...(wanted.title === standing.title ? {} : { title: wanted.title }),
    ...(wanted.evidence === standing.evidence ? {} : { evidence: wanted.evidence }),
    ...(sameSet(wanted.targets, standing.targets, targetKey) ? {} : { targets: wanted.targets }),
    ...(sameSet(wanted.owners, standing.owners, ownerKey) ? {} : { owners: wanted.owners }),
  };
  return Object.keys(body).length === 0 ? null : { ...body, ...madeOnBody('amendedOn', values.madeOn) };
}

// ---- an action ----

export interface ActionValues {
  description: string;
  owner: OwnerValues;
  dueOn: string;
  /** The day it was added, or '' for today. */
  madeOn: string;
}

export function initialActionValues(): ActionValues {
  return { description: '', owner: newOwner(), dueOn: '', madeOn: '' };
}

export function actionProblems(values: ActionValues, today: string = todayInLondon()): FormErrors {
  const errors: FormErrors = {};
  const description = textProblem(values.description, TEXT_LIMITS.text, 'what is to be done');
  if (description !== null) errors['description'] = description;
  ownerProblems(values.owner, 'owner', errors);
  const due = dateProblem(values.dueOn, 'the day it is due');
  if (due !== null) errors['dueOn'] = due;
  const madeOn = madeOnProblem(values.madeOn, today);
  if (madeOn !== null) errors['madeOn'] = madeOn;
  return errors;
}

export function addActionBody(values: ActionValues): AddActionBody {
  return { description: values.description.trim(), owner: ownerBody(values.owner), dueOn: values.dueOn, ...madeOnBody('addedOn', values.madeOn) };
}

// ---- a rating ----

export interface RatingValues {
  rating: string;
  ratedOn: string;
  comment: string;
}

/** Rated today, unless today is past the plan's year (then its last day). */
export function initialRatingValues(academicYear: string, today: string = todayInLondon()): RatingValues {
  const { to } = academicYearBounds(academicYear);
  return { rating: '', ratedOn: today > to ? to : today, comment: '' };
}

export function ratingProblems(values: RatingValues, academicYear: string, today: string = todayInLondon()): FormErrors {
  const errors: FormErrors = {};
  if (!isOneOf(PLAN_RAGS, values.rating)) errors['rating'] = 'Rate it red, amber or green';
  const { from, to } = academicYearBounds(academicYear);
  const day = pastDateProblem(values.ratedOn, 'the day it was rated', today);
  if (day !== null) errors['ratedOn'] = day;
  else if (values.ratedOn < from || values.ratedOn > to) errors['ratedOn'] = `A day of ${academicYear}: from 1 September ${from.slice(0, 4)} to 31 August ${to.slice(0, 4)}`;
  const comment = optionalTextProblem(values.comment, TEXT_LIMITS.text, 'a comment');
  if (comment !== null) errors['comment'] = comment;
  return errors;
}

/** A rating given on the plan itself (`direct`): an AIM's ratings come with the meeting, a visit host's with its focus. */
export function ratingBody(values: RatingValues): RatePriorityBody {
  const comment = values.comment.trim();
  return { rating: values.rating as RatePriorityBody['rating'], ratedOn: values.ratedOn, source: 'direct', ...(comment === '' ? {} : { comment }) };
}

// ---- support committed ----

export interface SupportValues {
  priorityId: string;
  kind: string;
  coreDays: string;
  developmentDays: string;
  reviews: string;
  /** The day it was committed, or '' for today. */
  madeOn: string;
}

export function initialSupportValues(priorityId = ''): SupportValues {
  return { priorityId, kind: '', coreDays: '0', developmentDays: '0', reviews: '0', madeOn: '' };
}

function countProblem(value: string, max: number): string | null {
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) > max) return `A whole number from 0 to ${max}`;
  return null;
}

export function supportProblems(values: SupportValues, priorityIds: readonly string[], today: string = todayInLondon()): FormErrors {
  const errors: FormErrors = {};
  if (!priorityIds.includes(values.priorityId)) errors['priorityId'] = 'Choose the priority it is for';
  if (!isOneOf(SUPPORT_KINDS, values.kind)) errors['kind'] = 'Choose a kind of support';
  for (const field of ['coreDays', 'developmentDays', 'reviews'] as const) {
    const problem = countProblem(values[field], PLAN_LIMITS[field]);
    if (problem !== null) errors[field] = problem;
  }
  if (errors['coreDays'] === undefined && errors['developmentDays'] === undefined && errors['reviews'] === undefined && Number(values.coreDays) + Number(values.developmentDays) + Number(values.reviews) === 0) {
    errors['coreDays'] = 'Plan at least one core day, development day or review';
  }
  const madeOn = madeOnProblem(values.madeOn, today);
  if (madeOn !== null) errors['madeOn'] = madeOn;
  return errors;
}

export function supportBody(values: SupportValues): CommitSupportBody {
  return {
    priorityId: values.priorityId,
    kind: values.kind as CommitSupportBody['kind'],
    coreDays: Number(values.coreDays.trim()),
    developmentDays: Number(values.developmentDays.trim()),
    reviews: Number(values.reviews.trim()),
    ...madeOnBody('committedOn', values.madeOn),
  };
}

// ---- a confirmation ----

/** The day a confirmation is dated: the day given; else, at an AIM that has been held, the meeting's day; else '' (today). */
export function confirmedOnOf(madeOn: string, aimDate: string | null, today: string = todayInLondon()): string {
  if (madeOn !== '') return madeOn;
  return aimDate !== null && aimDate <= today ? aimDate : '';
}
