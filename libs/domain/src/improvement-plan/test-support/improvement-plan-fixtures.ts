import { deciderSpec } from '../../test-support/decider-spec.js';
import { improvementPlanDecider } from '../improvement-plan.decider.js';
import type {
  ImprovementPlanConfirmedData,
  ImprovementPlanDraftedData,
  ImprovementPlanEvent,
  ImprovementPlanYearClosedData,
  PlanActionAddedData,
  PlanActionAmendedData,
  PlanPriorityAddedData,
  PlanPriorityAmendedData,
  PlanPriorityRatedData,
  PlanSupportCommittedData,
} from '../improvement-plan.events.js';
import type { PlanOwner } from '../plan-owner.js';

/** Fixtures for the improvement plan specs: "now" is Wednesday 12 November 2025, in the plan's year 2025/26. */

export const NOW = new Date('2025-11-12T12:00:00Z');
export const TODAY = '2025-11-12';

export const given = deciderSpec(improvementPlanDecider, { now: NOW });

export const ACADEMY_ID = '123456';
export const ACADEMIC_YEAR = '2025/26';
export const PLAN = { academyId: ACADEMY_ID, academicYear: ACADEMIC_YEAR } as const;

export const PRIORITY_ID = 'p-1';
export const ACTION_ID = 'a-1';

export const ROLE_OWNER: PlanOwner = { kind: 'role', role: 'senior-leader', staffId: null, name: null };
export const STAFF_OWNER: PlanOwner = { kind: 'staff', role: null, staffId: 'st-41', name: 'Ann Head' };

/** Who rates and commits by default: the improvement director, as the API authenticated her. */
export const DIRECTOR = { userId: 'dee', name: 'Dee Director', role: 'improvement-director' } as const;

export function planDrafted(data: Partial<ImprovementPlanDraftedData> = {}): ImprovementPlanEvent {
  return { type: 'ImprovementPlanDrafted', data: { ...PLAN, draftedOn: TODAY, ...data } };
}

export const drafted = planDrafted();

/** By default, Key Stage 2 writing, targeting progress, owned by a senior leader and by Ann Head. */
export function priorityAdded(data: Partial<PlanPriorityAddedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanPriorityAdded',
    data: {
      ...PLAN,
      priorityId: PRIORITY_ID,
      title: 'Raise attainment in Key Stage 2 writing',
      evidence: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.',
      targets: [{ kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' }],
      owners: [ROLE_OWNER, STAFF_OWNER],
      aimId: null,
      addedOn: TODAY,
      ...data,
    },
  };
}

export const added = priorityAdded();

/** By default, the default priority with the attendance KPI targeted too, amended at AIM aim-1. */
export function priorityAmended(data: Partial<PlanPriorityAmendedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanPriorityAmended',
    data: {
      ...PLAN,
      priorityId: PRIORITY_ID,
      title: 'Raise attainment in Key Stage 2 writing',
      evidence: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.',
      targets: [
        { kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' },
        { kpi: 'attendance', successCriteria: 'Persistent absence in Year 6 below 10%' },
      ],
      owners: [ROLE_OWNER, STAFF_OWNER],
      aimId: 'aim-1',
      amendedOn: TODAY,
      ...data,
    },
  };
}

/** By default, Ann Head to moderate writing with the hub by Friday 13 February 2026. */
export function actionAdded(data: Partial<PlanActionAddedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanActionAdded',
    data: {
      ...PLAN,
      priorityId: PRIORITY_ID,
      actionId: ACTION_ID,
      description: 'Moderate Year 6 writing with the hub',
      owner: STAFF_OWNER,
      dueOn: '2026-02-13',
      addedOn: TODAY,
      ...data,
    },
  };
}

export const actionIn = actionAdded();

export function actionAmended(data: Partial<PlanActionAmendedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanActionAmended',
    data: {
      ...PLAN,
      priorityId: PRIORITY_ID,
      actionId: ACTION_ID,
      description: 'Moderate Year 6 writing with the hub',
      owner: STAFF_OWNER,
      dueOn: '2026-02-13',
      status: 'in-progress',
      amendedOn: TODAY,
      ...data,
    },
  };
}

/** By default, amber at AIM aim-1 on Wednesday 5 November 2025. */
export function priorityRated(data: Partial<PlanPriorityRatedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanPriorityRated',
    data: {
      ...PLAN,
      priorityId: PRIORITY_ID,
      rating: 'amber',
      ratedOn: '2025-11-05',
      ratedBy: { ...DIRECTOR },
      comment: 'Writing moderated with the hub; still below national.',
      source: { kind: 'aim', aimId: 'aim-1', visitId: null },
      ...data,
    },
  };
}

export function planConfirmed(data: Partial<ImprovementPlanConfirmedData> = {}): ImprovementPlanEvent {
  return { type: 'ImprovementPlanConfirmed', data: { ...PLAN, aimId: null, confirmedOn: TODAY, ...data } };
}

export function yearClosed(data: Partial<ImprovementPlanYearClosedData> = {}): ImprovementPlanEvent {
  return { type: 'ImprovementPlanYearClosed', data: { ...PLAN, closedOn: TODAY, ...data } };
}

export const closed = yearClosed();

/** By default, four recharged days of an SLE's support for the default priority. */
export function supportCommitted(data: Partial<PlanSupportCommittedData> = {}): ImprovementPlanEvent {
  return {
    type: 'PlanSupportCommitted',
    data: {
      ...PLAN,
      commitmentId: 'c-1',
      priorityId: PRIORITY_ID,
      kind: 'sle-lead-practitioner',
      coreDays: 0,
      developmentDays: 4,
      reviews: 0,
      committedBy: { ...DIRECTOR },
      committedOn: TODAY,
      ...data,
    },
  };
}

export { badTexts } from '../../aim/test-support/aim-fixtures.js';
