import type { Schemas } from '../../../api/queries';
import { formatDate, roleLabel } from '../../../format/format';

/** The improvement plan's words as the trust writes them, for each value the API takes or answers (its OpenAPI enums). */

export type PlanView = Schemas['ImprovementPlanViewDto'];
export type PlanPriorityView = Schemas['PlanPriorityViewDto'];
export type PlanRating = Schemas['PlanRatingDto'];
export type PlanActionView = Schemas['PlanActionViewDto'];
export type PlanOwnerView = Schemas['PlanOwnerViewDto'];
export type SupportCommitmentView = Schemas['SupportCommitmentViewDto'];
export type KpiImpact = Schemas['KpiImpactDto'];

export type PlanOwnerRole = NonNullable<Schemas['PlanOwnerDto']['role']>;
export type PlanActionStatus = NonNullable<Schemas['AmendPlanActionDto']['status']>;
export type SupportKind = Schemas['CommitPlanSupportDto']['kind'];
export type PlanKpi = Schemas['PlanKpiTargetDto']['kpi'];
export type PlanRag = Schemas['RatePlanPriorityDto']['rating'];

export const PLAN_STATUSES: Record<string, string> = { draft: 'Draft', confirmed: 'Confirmed', closed: 'Closed' };

export const PLAN_OWNER_ROLES: Record<PlanOwnerRole, string> = {
  headteacher: 'Headteacher',
  'senior-leader': 'Senior leader',
  'middle-leader': 'Middle leader',
  'subject-leader': 'Subject leader',
  senco: 'SENCO',
  'business-manager': 'Business manager',
  'chair-of-governors': 'Chair of governors',
  'local-governing-board': 'Local governing board',
  'improvement-director': 'Improvement director',
  'hub-lead': 'Hub improvement lead',
};

export const PLAN_ACTION_STATUSES: Record<PlanActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const PLAN_RAGS: Record<PlanRag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** Each kind of support the trust commits, in its words, with the tiers whose "Trust Support" lists it. */
export const SUPPORT_KINDS: Record<SupportKind, { label: string; tiers: readonly number[] }> = {
  'commissioned-partner': { label: 'Commissioned partner for research and development', tiers: [1] },
  'network-groups': { label: 'Trust network group', tiers: [1, 2] },
  'teaching-and-learning-network': { label: 'Teaching and learning network', tiers: [1] },
  'good-practice-partner': { label: 'Good practice school partner', tiers: [2] },
  'central-team': { label: 'Central team deployed', tiers: [2] },
  'sle-lead-practitioner': { label: 'SLE / Lead Practitioner support', tiers: [2] },
  'additional-reviews': { label: 'Additional reviews commissioned', tiers: [2] },
  'cpd-programme': { label: 'Trust CPD programme', tiers: [2] },
  'external-review': { label: 'Whole academy external review', tiers: [3] },
  'school-to-school-support': { label: 'School to school support', tiers: [3] },
  'standardised-policies': { label: 'Standardised policies and bespoke solutions', tiers: [3] },
};

export function isOneOf<K extends string>(words: Record<K, unknown>, value: string): value is K {
  return Object.hasOwn(words, value);
}

export function wordFor(words: Record<string, string>, value: string): string {
  return Object.hasOwn(words, value) ? (words[value] ?? value) : value;
}

export function supportKindLabel(kind: string): string {
  return isOneOf(SUPPORT_KINDS, kind) ? SUPPORT_KINDS[kind].label : kind;
}

/** A role by its name, or a member of staff by their name and the ledger's id of them. */
export function ownerLabel(owner: PlanOwnerView): string {
  if (owner.kind === 'role' && owner.role !== null) return wordFor(PLAN_OWNER_ROLES, owner.role);
  return `${owner.name ?? 'Unnamed'} (${owner.staffId ?? 'no id'})`;
}

/** Where a rating came from: on the plan, at an AIM (on the day it was held), or the host's before a peer review visit. */
export function ratingSourceLabel(rating: PlanRating): string {
  switch (rating.source.kind) {
    case 'aim':
      return `AIM on ${formatDate(rating.ratedOn)}`;
    case 'peer-visit':
      return 'Peer review visit';
    case 'direct':
    default:
      return 'On the plan';
  }
}

/** Who gave a rating: the person, when rated on the plan; the meeting, or the visit's host, otherwise. */
export function raterLabel(rating: PlanRating): string {
  if (rating.ratedBy !== null) return `${rating.ratedBy.name} (${roleLabel(rating.ratedBy.role).toLowerCase()})`;
  return rating.source.kind === 'peer-visit' ? 'The host headteacher' : 'The meeting';
}

/** Whole numbers of a commitment: "1 core day, 4 development days, 1 review", leaving out what is 0 (or "nothing"). */
export function supportAmounts(amounts: { coreDays: number; developmentDays: number; reviews: number }): string {
  const parts: string[] = [];
  const count = (value: number, one: string, many: string): string => `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;
  if (amounts.coreDays > 0) parts.push(count(amounts.coreDays, 'core day', 'core days'));
  if (amounts.developmentDays > 0) parts.push(count(amounts.developmentDays, 'development day', 'development days'));
  if (amounts.reviews > 0) parts.push(count(amounts.reviews, 'review', 'reviews'));
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}

/** How a plan's year is written in its routes: `2025/26` → `2025-26`. */
export function planYearSegment(academicYear: string): string {
  return academicYear.replace('/', '-');
}

/** The first and last days of an academic year: 1 September to 31 August. */
export function academicYearBounds(academicYear: string): { from: string; to: string } {
  const start = Number(academicYear.slice(0, 4));
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}
