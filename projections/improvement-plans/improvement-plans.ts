import type {
  DomainEvent,
  ImprovementPlanStatus,
  PlanActionStatus,
  PlanActor,
  PlanKpiTarget,
  PlanOwner,
  RagRating,
  RatingSource,
  SupportKind,
} from '@trust/domain';

/**
 * The improvement-plans read model, as a pure fold: each academy's plan for each academic year, stored as
 * records of six kinds (the plan, its priorities, its actions, the ratings of its priorities, the support
 * committed and the deliveries toward it). A priority and an action keep every version they have had, each
 * with its day, so a plan reads as it stood on any day; a rating, a commitment and a delivery is a dated fact.
 * Ratings come from three places: the plan itself (PlanPriorityRated), an AIM held whose priorities name the
 * plan's (AimHeld), and the focus a visit's host set (VisitFocusSet, the host's rating a week before).
 * Deliveries are the core days, recharged development days and trust-commissioned reviews whose events name
 * a support commitment.
 */

/** The events the read model is folded from; every other event leaves it as it is. */
export const IMPROVEMENT_PLANS_EVENT_TYPES = [
  'ImprovementPlanDrafted',
  'PlanPriorityAdded',
  'PlanPriorityAmended',
  'PlanActionAdded',
  'PlanActionAmended',
  'PlanPriorityRated',
  'ImprovementPlanConfirmed',
  'ImprovementPlanYearClosed',
  'PlanSupportCommitted',
  'AimHeld',
  'VisitFocusSet',
  'CoreDayLogged',
  'RechargeLogged',
  'RechargeReversed',
  'CommissionedReviewCompleted',
] as const;
export type ImprovementPlansEventType = (typeof IMPROVEMENT_PLANS_EVENT_TYPES)[number];
export type ImprovementPlansEvent = Extract<DomainEvent, { type: ImprovementPlansEventType }>;

export function isImprovementPlansEvent(event: DomainEvent): event is ImprovementPlansEvent {
  return (IMPROVEMENT_PLANS_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The most aspects a visit's focus has (seed 003: "one, or a maximum of two aspects"): the ratings a focus set again may withdraw. */
const MAX_FOCUS_ASPECTS = 2;

export interface PlanConfirmation {
  confirmedOn: string;
  /** The AIM that confirmed it; null when confirmed otherwise (by governance). */
  aimId: string | null;
}

/** A plan's own record: when it was drafted, each confirmation, when its year was closed. */
export interface StoredPlan {
  academyId: string;
  academicYear: string;
  draftedOn: string;
  confirmations: PlanConfirmation[];
  closedOn: string | null;
  /** Global position of the last event folded in, as a decimal string. */
  position: string;
}

/** A priority as one event left it, whole: as added, or as an amendment made it (with the AIM it was made at). */
export interface PriorityVersion {
  change: 'added' | 'amended';
  title: string;
  evidence: string;
  targets: PlanKpiTarget[];
  owners: PlanOwner[];
  /** The AIM it was added or amended at (the amendment's cause); null when made otherwise. */
  aimId: string | null;
  /** The day it was added or amended. */
  on: string;
  position: string;
}

export interface StoredPriority {
  academyId: string;
  academicYear: string;
  priorityId: string;
  /** In the order recorded: the first is the priority as added. */
  versions: PriorityVersion[];
  position: string;
}

/** An action as one event left it, whole, its status among it. */
export interface ActionVersion {
  change: 'added' | 'amended';
  description: string;
  owner: PlanOwner;
  dueOn: string;
  status: PlanActionStatus;
  on: string;
  position: string;
}

export interface StoredAction {
  academyId: string;
  academicYear: string;
  priorityId: string;
  actionId: string;
  versions: ActionVersion[];
  position: string;
}

/** One RAG rating of a priority, from one of the three places a priority is rated. */
export interface StoredRating {
  ratingId: string;
  academyId: string;
  academicYear: string;
  priorityId: string;
  rating: RagRating;
  ratedOn: string;
  /** Who rated it on the plan; null for an AIM's rating (the meeting's) and a visit host's (the host's, by their focus). */
  ratedBy: PlanActor | null;
  comment: string | null;
  source: RatingSource;
  /** A visit's focus set again no longer gives it: kept for `asOf`, no longer shown. */
  withdrawn: boolean;
  position: string;
}

export interface StoredCommitment {
  academyId: string;
  academicYear: string;
  commitmentId: string;
  priorityId: string;
  kind: SupportKind;
  coreDays: number;
  developmentDays: number;
  reviews: number;
  committedBy: PlanActor;
  committedOn: string;
  position: string;
}

/** Where a plan stands: a draft, confirmed (and perhaps amended since), or closed with its year. */
export const IMPROVEMENT_PLAN_STATUSES = ['draft', 'confirmed', 'closed'] as const satisfies readonly ImprovementPlanStatus[];

export const DELIVERY_KINDS = ['core-days', 'development-days', 'review'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** Something delivered toward a commitment: core days logged, development days recharged, a review completed. */
export interface StoredDelivery {
  deliveryId: string;
  academyId: string;
  academicYear: string;
  commitmentId: string;
  kind: DeliveryKind;
  /** Days for core and development days; 1 for a review. */
  amount: number;
  deliveredOn: string;
  /** The recharge, for development days (its reversal marks the delivery reversed). */
  rechargeId: string | null;
  reversed: boolean;
  position: string;
}

/** The records one event writes: a new version of each, at the event's position. */
export interface ImprovementPlanRecords {
  plans: StoredPlan[];
  priorities: StoredPriority[];
  actions: StoredAction[];
  ratings: StoredRating[];
  commitments: StoredCommitment[];
  deliveries: StoredDelivery[];
}

export const NO_RECORDS: ImprovementPlanRecords = { plans: [], priorities: [], actions: [], ratings: [], commitments: [], deliveries: [] };

export const planKey = (academyId: string, academicYear: string): string => `${academyId}|${academicYear}`;
export const itemKey = (academyId: string, academicYear: string, id: string): string => `${academyId}|${academicYear}|${id}`;

/** The records an event's change is folded into, as they stand before it (undefined: none yet). */
export interface CurrentRecords {
  plan(academyId: string, academicYear: string): StoredPlan | undefined;
  priority(academyId: string, academicYear: string, priorityId: string): StoredPriority | undefined;
  action(academyId: string, academicYear: string, actionId: string): StoredAction | undefined;
  rating(ratingId: string): StoredRating | undefined;
  delivery(deliveryId: string): StoredDelivery | undefined;
}

/** The keys of the records an event may change that must be read first (facts written once need none). */
export interface TouchedKeys {
  plans: { academyId: string; academicYear: string }[];
  priorities: { academyId: string; academicYear: string; id: string }[];
  actions: { academyId: string; academicYear: string; id: string }[];
  ratings: string[];
  deliveries: string[];
}

export const aimRatingId = (aimId: string, index: number): string => `aim:${aimId}:${index}`;
export const visitRatingId = (visitId: string, index: number): string => `visit:${visitId}:${index}`;
export const rechargeDeliveryId = (rechargeId: string): string => `recharge:${rechargeId}`;

/** What must be read before the event is folded: the records it appends to or marks. */
export function keysTouchedBy(event: ImprovementPlansEvent): TouchedKeys {
  const keys: TouchedKeys = { plans: [], priorities: [], actions: [], ratings: [], deliveries: [] };
  switch (event.type) {
    case 'ImprovementPlanDrafted':
    case 'ImprovementPlanConfirmed':
    case 'ImprovementPlanYearClosed':
      keys.plans.push({ academyId: event.data.academyId, academicYear: event.data.academicYear });
      break;
    case 'PlanPriorityAdded':
    case 'PlanPriorityAmended':
      keys.priorities.push({ academyId: event.data.academyId, academicYear: event.data.academicYear, id: event.data.priorityId });
      break;
    case 'PlanActionAdded':
    case 'PlanActionAmended':
      keys.actions.push({ academyId: event.data.academyId, academicYear: event.data.academicYear, id: event.data.actionId });
      break;
    case 'VisitFocusSet':
      for (let index = 0; index < Math.max(MAX_FOCUS_ASPECTS, event.data.aspects.length); index += 1) keys.ratings.push(visitRatingId(event.data.visitId, index));
      break;
    case 'RechargeReversed':
      keys.deliveries.push(rechargeDeliveryId(event.data.rechargeId));
      break;
    case 'PlanPriorityRated':
    case 'PlanSupportCommitted':
    case 'AimHeld':
    case 'CoreDayLogged':
    case 'RechargeLogged':
    case 'CommissionedReviewCompleted':
      // Each writes a fact of its own, under an id of its own: nothing to read first.
      break;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
  return keys;
}

const isAfter = (position: bigint, record: { position: string } | undefined): boolean => record === undefined || position > BigInt(record.position);

/**
 * The records the event at `position` writes, given those it changes as they stand. Pure. An event at or
 * before the position a record was last changed at has been folded into it already and writes nothing, so
 * an event applied twice changes nothing; a fact (a rating, a commitment, a delivery) is written under an id
 * of its own, which the writer keeps once.
 */
export function improvementPlanRecords(event: ImprovementPlansEvent, position: bigint, current: CurrentRecords): ImprovementPlanRecords {
  const at = position.toString();
  switch (event.type) {
    case 'ImprovementPlanDrafted': {
      const { academyId, academicYear, draftedOn } = event.data;
      if (current.plan(academyId, academicYear) !== undefined) return NO_RECORDS;
      return { ...NO_RECORDS, plans: [{ academyId, academicYear, draftedOn, confirmations: [], closedOn: null, position: at }] };
    }
    case 'ImprovementPlanConfirmed': {
      const { academyId, academicYear, aimId, confirmedOn } = event.data;
      const plan = current.plan(academyId, academicYear);
      if (plan === undefined || !isAfter(position, plan)) return NO_RECORDS;
      return { ...NO_RECORDS, plans: [{ ...plan, confirmations: [...plan.confirmations, { confirmedOn, aimId }], position: at }] };
    }
    case 'ImprovementPlanYearClosed': {
      const { academyId, academicYear, closedOn } = event.data;
      const plan = current.plan(academyId, academicYear);
      if (plan === undefined || !isAfter(position, plan) || plan.closedOn !== null) return NO_RECORDS;
      return { ...NO_RECORDS, plans: [{ ...plan, closedOn, position: at }] };
    }
    case 'PlanPriorityAdded':
    case 'PlanPriorityAmended': {
      const { academyId, academicYear, priorityId, title, evidence, targets, owners, aimId } = event.data;
      const priority = current.priority(academyId, academicYear, priorityId);
      if (!isAfter(position, priority)) return NO_RECORDS;
      const added = event.type === 'PlanPriorityAdded';
      if (added && priority !== undefined) return NO_RECORDS;
      const on = event.type === 'PlanPriorityAdded' ? event.data.addedOn : event.data.amendedOn;
      const version: PriorityVersion = {
        change: added ? 'added' : 'amended',
        title,
        evidence,
        targets: targets.map((target) => ({ ...target })),
        owners: owners.map((owner) => ({ ...owner })),
        aimId,
        on,
        position: at,
      };
      return { ...NO_RECORDS, priorities: [{ academyId, academicYear, priorityId, versions: [...(priority?.versions ?? []), version], position: at }] };
    }
    case 'PlanActionAdded':
    case 'PlanActionAmended': {
      const { academyId, academicYear, priorityId, actionId, description, owner, dueOn } = event.data;
      const action = current.action(academyId, academicYear, actionId);
      if (!isAfter(position, action)) return NO_RECORDS;
      const added = event.type === 'PlanActionAdded';
      if (added && action !== undefined) return NO_RECORDS;
      const version: ActionVersion = {
        change: added ? 'added' : 'amended',
        description,
        owner: { ...owner },
        dueOn,
        status: event.type === 'PlanActionAmended' ? event.data.status : 'not-started',
        on: event.type === 'PlanActionAdded' ? event.data.addedOn : event.data.amendedOn,
        position: at,
      };
      return { ...NO_RECORDS, actions: [{ academyId, academicYear, priorityId, actionId, versions: [...(action?.versions ?? []), version], position: at }] };
    }
    case 'PlanPriorityRated': {
      const { academyId, academicYear, priorityId, rating, ratedOn, ratedBy, comment, source } = event.data;
      return {
        ...NO_RECORDS,
        ratings: [{ ratingId: `rated@${at}`, academyId, academicYear, priorityId, rating, ratedOn, ratedBy: { ...ratedBy }, comment, source: { ...source }, withdrawn: false, position: at }],
      };
    }
    case 'PlanSupportCommitted': {
      const { academyId, academicYear, commitmentId, priorityId, kind, coreDays, developmentDays, reviews, committedBy, committedOn } = event.data;
      return {
        ...NO_RECORDS,
        commitments: [{ academyId, academicYear, commitmentId, priorityId, kind, coreDays, developmentDays, reviews, committedBy: { ...committedBy }, committedOn, position: at }],
      };
    }
    case 'AimHeld': {
      // The meeting's rating of each plan priority it names (seed 003: AIMs "review, amend or confirm the academy's priorities").
      const { aimId, academyId, academicYear, heldOn, priorities } = event.data;
      const ratings = priorities.flatMap((priority, index): StoredRating[] => {
        const priorityId = priority.planPriorityId;
        if (priorityId === null) return [];
        return [
          {
            ratingId: aimRatingId(aimId, index),
            academyId,
            academicYear,
            priorityId,
            rating: priority.rag,
            ratedOn: heldOn,
            ratedBy: null,
            comment: null,
            source: { kind: 'aim', aimId, visitId: null },
            withdrawn: false,
            position: at,
          },
        ];
      });
      return { ...NO_RECORDS, ratings };
    }
    case 'VisitFocusSet': {
      // The host's rating a week before the visit; a focus set again replaces the one before, aspect by aspect.
      // A focus stored before it kept its year names no plan priority either (both read null).
      const { visitId, hostAcademyId, academicYear, aspects, ratedOn } = event.data;
      const ratings: StoredRating[] = [];
      for (let index = 0; index < Math.max(MAX_FOCUS_ASPECTS, aspects.length); index += 1) {
        const ratingId = visitRatingId(visitId, index);
        const before = current.rating(ratingId);
        if (!isAfter(position, before)) continue;
        const aspect = aspects[index];
        const priorityId = aspect?.planPriorityId ?? null;
        if (aspect !== undefined && priorityId !== null && academicYear !== null) {
          ratings.push({
            ratingId,
            academyId: hostAcademyId,
            academicYear,
            priorityId,
            rating: aspect.rag,
            ratedOn,
            ratedBy: null,
            comment: null,
            source: { kind: 'peer-visit', aimId: null, visitId },
            withdrawn: false,
            position: at,
          });
        } else if (before !== undefined && !before.withdrawn) {
          ratings.push({ ...before, withdrawn: true, position: at });
        }
      }
      return { ...NO_RECORDS, ratings };
    }
    case 'CoreDayLogged': {
      const { academyId, academicYear, days, deliveredOn, commitmentId } = event.data;
      if (commitmentId === null) return NO_RECORDS;
      return { ...NO_RECORDS, deliveries: [{ deliveryId: `core-day@${at}`, academyId, academicYear, commitmentId, kind: 'core-days', amount: days, deliveredOn, rechargeId: null, reversed: false, position: at }] };
    }
    case 'RechargeLogged': {
      const { rechargeId, supportedAcademyId, academicYear, days, deliveredOn, commitmentId } = event.data;
      if (commitmentId === null) return NO_RECORDS;
      return {
        ...NO_RECORDS,
        deliveries: [
          { deliveryId: rechargeDeliveryId(rechargeId), academyId: supportedAcademyId, academicYear, commitmentId, kind: 'development-days', amount: days, deliveredOn, rechargeId, reversed: false, position: at },
        ],
      };
    }
    case 'RechargeReversed': {
      // A recharge reversed delivered nothing: its days no longer count toward the commitment.
      const delivery = current.delivery(rechargeDeliveryId(event.data.rechargeId));
      if (delivery === undefined || delivery.reversed || !isAfter(position, delivery)) return NO_RECORDS;
      return { ...NO_RECORDS, deliveries: [{ ...delivery, reversed: true, position: at }] };
    }
    case 'CommissionedReviewCompleted': {
      const { academyId, academicYear, completedOn, commitmentId } = event.data;
      if (commitmentId === null) return NO_RECORDS;
      return { ...NO_RECORDS, deliveries: [{ deliveryId: `review@${at}`, academyId, academicYear, commitmentId, kind: 'review', amount: 1, deliveredOn: completedOn, rechargeId: null, reversed: false, position: at }] };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** Every record of one plan as stored (the versions valid at one position), for planOn. */
export interface StoredPlanRecords {
  plan: StoredPlan;
  priorities: StoredPriority[];
  actions: StoredAction[];
  ratings: StoredRating[];
  commitments: StoredCommitment[];
  deliveries: StoredDelivery[];
}

/** A priority's amendment: the priority as it made it, and its cause (the AIM it was made at). */
export interface PriorityAmendmentView {
  amendedOn: string;
  /** The AIM it was made at; null when made otherwise. */
  aimId: string | null;
  title: string;
  evidence: string;
  targets: PlanKpiTarget[];
  owners: PlanOwner[];
}

export interface PlanRatingView {
  rating: RagRating;
  ratedOn: string;
  ratedBy: PlanActor | null;
  comment: string | null;
  source: RatingSource;
}

export interface PlanActionView {
  actionId: string;
  description: string;
  owner: PlanOwner;
  dueOn: string;
  status: PlanActionStatus;
  addedOn: string;
}

export interface PlanPriorityView {
  priorityId: string;
  title: string;
  evidence: string;
  targets: PlanKpiTarget[];
  owners: PlanOwner[];
  addedOn: string;
  /** The AIM it was added at; null when added otherwise. */
  addedAtAimId: string | null;
  /** Each amendment, in the order made, with the priority as it made it. */
  amendments: PriorityAmendmentView[];
  /** Every rating from the plan, AIMs and visits' hosts, by the day rated (then in the order recorded). */
  ragHistory: PlanRatingView[];
  /** The rating of the latest day rated (of a day's, the later recorded); null while unrated. */
  currentRating: RagRating | null;
  actions: PlanActionView[];
}

export interface SupportAmounts {
  coreDays: number;
  developmentDays: number;
  reviews: number;
}

export interface SupportDeliveryView {
  kind: DeliveryKind;
  amount: number;
  deliveredOn: string;
  rechargeId: string | null;
}

export interface SupportCommitmentView {
  commitmentId: string;
  priorityId: string;
  kind: SupportKind;
  committedBy: PlanActor;
  committedOn: string;
  planned: SupportAmounts;
  delivered: SupportAmounts;
  /** What was planned and not (yet) delivered: never below 0. */
  undelivered: SupportAmounts;
  deliveredInFull: boolean;
  /** The core days, recharged development days and reviews naming it (a reversed recharge left out). */
  deliveries: SupportDeliveryView[];
}

/** One academy's plan for one year as it stood (GET /academies/:id/improvement-plans/:academicYear, without the impact). */
export interface ImprovementPlanView {
  academyId: string;
  academicYear: string;
  status: ImprovementPlanStatus;
  draftedOn: string;
  /** Each confirmation, in the order made. */
  confirmations: PlanConfirmation[];
  closedOn: string | null;
  /** In the order added. */
  priorities: PlanPriorityView[];
  /** In the order committed. */
  commitments: SupportCommitmentView[];
  /** Global position of the last event folded into what is shown, as a decimal string. */
  position: string;
}

const byPosition = (a: { position: string }, b: { position: string }): number => {
  const [left, right] = [BigInt(a.position), BigInt(b.position)];
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Of a history kept in the order recorded, what was dated by `on` (all when null). */
const datedBy = <T extends { on: string }>(versions: readonly T[], on: string | null): T[] => (on === null ? [...versions] : versions.filter((version) => version.on <= on));

/**
 * The plan as it stood on `on` (every day when null), from its records as stored at one position: null when it
 * was not yet drafted by then. A priority or action shows its latest version dated by then; ratings,
 * commitments and deliveries those dated by then. Pure.
 */
export function planOn(records: StoredPlanRecords, on: string | null): ImprovementPlanView | null {
  const { plan } = records;
  if (on !== null && plan.draftedOn > on) return null;
  const confirmations = plan.confirmations.filter((confirmation) => on === null || confirmation.confirmedOn <= on);
  const closedOn = plan.closedOn !== null && (on === null || plan.closedOn <= on) ? plan.closedOn : null;
  const status: ImprovementPlanStatus = closedOn !== null ? 'closed' : confirmations.length > 0 ? 'confirmed' : 'draft';
  const positions: string[] = [plan.position];

  const actions = records.actions
    .map((action) => ({ action, versions: datedBy(action.versions, on) }))
    .filter(({ versions }) => versions.length > 0)
    .sort((a, b) => byPosition(a.versions[0]!, b.versions[0]!));
  const ratings = records.ratings.filter((rating) => !rating.withdrawn && (on === null || rating.ratedOn <= on));

  const priorities = records.priorities
    .map((priority) => ({ priority, versions: datedBy(priority.versions, on) }))
    .filter(({ versions }) => versions.length > 0)
    .sort((a, b) => byPosition(a.versions[0]!, b.versions[0]!))
    .map(({ priority, versions }): PlanPriorityView => {
      const first = versions[0]!;
      const latest = versions[versions.length - 1]!;
      positions.push(latest.position);
      const history = ratings
        .filter((rating) => rating.priorityId === priority.priorityId)
        .sort((a, b) => a.ratedOn.localeCompare(b.ratedOn) || byPosition(a, b));
      positions.push(...history.map((rating) => rating.position));
      const own = actions.filter(({ action }) => action.priorityId === priority.priorityId);
      return {
        priorityId: priority.priorityId,
        title: latest.title,
        evidence: latest.evidence,
        targets: latest.targets,
        owners: latest.owners,
        addedOn: first.on,
        addedAtAimId: first.change === 'added' ? first.aimId : null,
        amendments: versions
          .filter((version) => version.change === 'amended')
          .map(({ on: amendedOn, aimId, title, evidence, targets, owners }) => ({ amendedOn, aimId, title, evidence, targets, owners })),
        ragHistory: history.map(({ rating, ratedOn, ratedBy, comment, source }) => ({ rating, ratedOn, ratedBy, comment, source })),
        currentRating: history.at(-1)?.rating ?? null,
        actions: own.map(({ action, versions: actionVersions }) => {
          const now = actionVersions[actionVersions.length - 1]!;
          positions.push(now.position);
          return { actionId: action.actionId, description: now.description, owner: now.owner, dueOn: now.dueOn, status: now.status, addedOn: actionVersions[0]!.on };
        }),
      };
    });

  const deliveries = records.deliveries.filter((delivery) => !delivery.reversed && (on === null || delivery.deliveredOn <= on)).sort(byPosition);
  const commitments = records.commitments
    .filter((commitment) => on === null || commitment.committedOn <= on)
    .sort(byPosition)
    .map((commitment): SupportCommitmentView => {
      positions.push(commitment.position);
      const own = deliveries.filter((delivery) => delivery.commitmentId === commitment.commitmentId);
      positions.push(...own.map((delivery) => delivery.position));
      return supportCommitmentView(commitment, own);
    });

  return {
    academyId: plan.academyId,
    academicYear: plan.academicYear,
    status,
    draftedOn: plan.draftedOn,
    confirmations,
    closedOn,
    priorities,
    commitments,
    position: positions.reduce((latest, position) => (BigInt(position) > BigInt(latest) ? position : latest)),
  };
}

const sumOf = (deliveries: readonly StoredDelivery[], kind: DeliveryKind): number => deliveries.filter((delivery) => delivery.kind === kind).reduce((sum, delivery) => sum + delivery.amount, 0);

/** A commitment with what delivered it: planned against delivered, and what was not. */
export function supportCommitmentView(commitment: StoredCommitment, deliveries: readonly StoredDelivery[]): SupportCommitmentView {
  const planned: SupportAmounts = { coreDays: commitment.coreDays, developmentDays: commitment.developmentDays, reviews: commitment.reviews };
  const delivered: SupportAmounts = { coreDays: sumOf(deliveries, 'core-days'), developmentDays: sumOf(deliveries, 'development-days'), reviews: sumOf(deliveries, 'review') };
  const undelivered: SupportAmounts = {
    coreDays: Math.max(0, planned.coreDays - delivered.coreDays),
    developmentDays: Math.max(0, planned.developmentDays - delivered.developmentDays),
    reviews: Math.max(0, planned.reviews - delivered.reviews),
  };
  return {
    commitmentId: commitment.commitmentId,
    priorityId: commitment.priorityId,
    kind: commitment.kind,
    committedBy: commitment.committedBy,
    committedOn: commitment.committedOn,
    planned,
    delivered,
    undelivered,
    deliveredInFull: undelivered.coreDays === 0 && undelivered.developmentDays === 0 && undelivered.reviews === 0,
    deliveries: deliveries.map(({ kind, amount, deliveredOn, rechargeId }) => ({ kind, amount, deliveredOn, rechargeId })),
  };
}
