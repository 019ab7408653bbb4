import type { DomainEvent, PlanOwner, RagRating } from '@trust/domain';

/**
 * Events for the improvement-plans read model's tests: academy 123456's plan for 2025/26, drafted on Monday
 * 1 September 2025, with the events of other streams that rate its priorities (an AIM held, a visit's focus)
 * and deliver its support (a core day, a recharge, a commissioned review). The fields that name a plan priority
 * or a support commitment are written as the domain stores them.
 */

export const ACADEMY_ID = '123456';
export const YEAR = '2025/26';
const PLAN = { academyId: ACADEMY_ID, academicYear: YEAR } as const;

export const WRITING = 'p-writing';
export const ATTENDANCE = 'p-attendance';

export const LEADER: PlanOwner = { kind: 'role', role: 'senior-leader', staffId: null, name: null };
export const ANN: PlanOwner = { kind: 'staff', role: null, staffId: 'st-41', name: 'Ann Head' };
export const DIRECTOR = { userId: 'dee', name: 'Dee Director', role: 'improvement-director' } as const;

export const drafted = (draftedOn = '2025-09-01', plan: { academyId: string; academicYear: string } = PLAN): DomainEvent => ({
  type: 'ImprovementPlanDrafted',
  data: { ...plan, draftedOn },
});

export const priorityAdded = (priorityId = WRITING, addedOn = '2025-09-02', overrides: { title?: string; aimId?: string | null; kpis?: ('progress' | 'attendance')[] } = {}): DomainEvent => ({
  type: 'PlanPriorityAdded',
  data: {
    ...PLAN,
    priorityId,
    title: overrides.title ?? `Priority ${priorityId}`,
    evidence: 'Writing at 58% against 72% nationally.',
    targets: (overrides.kpis ?? ['progress']).map((kpi) => ({ kpi, successCriteria: `${kpi} at target` })),
    owners: [LEADER, ANN],
    aimId: overrides.aimId ?? null,
    addedOn,
  },
});

export const priorityAmended = (priorityId = WRITING, amendedOn = '2025-11-05', title = 'Writing across Key Stage 2', aimId: string | null = 'aim-autumn'): DomainEvent => ({
  type: 'PlanPriorityAmended',
  data: {
    ...PLAN,
    priorityId,
    title,
    evidence: 'Writing at 61% in the autumn assessment.',
    targets: [
      { kpi: 'progress', successCriteria: 'progress at target' },
      { kpi: 'attendance', successCriteria: 'Persistent absence below 10%' },
    ],
    owners: [ANN],
    aimId,
    amendedOn,
  },
});

export const actionAdded = (actionId = 'a-1', priorityId = WRITING, addedOn = '2025-09-03'): DomainEvent => ({
  type: 'PlanActionAdded',
  data: { ...PLAN, priorityId, actionId, description: 'Moderate Year 6 writing with the hub', owner: ANN, dueOn: '2026-02-13', addedOn },
});

export const actionAmended = (status: 'in-progress' | 'done' | 'dropped', amendedOn = '2025-12-01', actionId = 'a-1', priorityId = WRITING): DomainEvent => ({
  type: 'PlanActionAmended',
  data: { ...PLAN, priorityId, actionId, description: 'Moderate Year 6 writing with the hub', owner: LEADER, dueOn: '2026-03-13', status, amendedOn },
});

export const rated = (rating: RagRating, ratedOn: string, priorityId = WRITING): DomainEvent => ({
  type: 'PlanPriorityRated',
  data: { ...PLAN, priorityId, rating, ratedOn, ratedBy: { ...DIRECTOR }, comment: 'Rated on the plan.', source: { kind: 'direct', aimId: null, visitId: null } },
});

export const confirmed = (confirmedOn = '2025-10-01', aimId: string | null = null): DomainEvent => ({
  type: 'ImprovementPlanConfirmed',
  data: { ...PLAN, aimId, confirmedOn },
});

export const closed = (closedOn = '2026-08-31'): DomainEvent => ({ type: 'ImprovementPlanYearClosed', data: { ...PLAN, closedOn } });

export const committed = (commitmentId = 'c-1', overrides: { coreDays?: number; developmentDays?: number; reviews?: number; committedOn?: string } = {}): DomainEvent => ({
  type: 'PlanSupportCommitted',
  data: {
    ...PLAN,
    commitmentId,
    priorityId: WRITING,
    kind: 'sle-lead-practitioner',
    coreDays: overrides.coreDays ?? 2,
    developmentDays: overrides.developmentDays ?? 4,
    reviews: overrides.reviews ?? 1,
    committedBy: { ...DIRECTOR },
    committedOn: overrides.committedOn ?? '2025-09-10',
  },
});

/** An AIM of the academy held on `heldOn`, rating the plan priorities named (and a free-text one naming none). */
export const aimHeld = (aimId: string, heldOn: string, ratings: { priorityId: string | null; rag: RagRating }[]): DomainEvent => ({
    type: 'AimHeld',
    data: {
      aimId,
      ...PLAN,
      format: 'one-day',
      heldOn,
      attendees: [{ name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null }],
      judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Secure.' }],
      priorities: ratings.map(({ priorityId, rag }, index) => ({ priority: `Priority ${priorityId ?? index}`, rag, planPriorityId: priorityId })),
      nextSteps: ['Moderate writing'],
    },
  });

/**
 * The focus the host set a week before visit `visitId`, rating the plan priorities named, on `ratedOn` (the day
 * set, unless given); `academicYear` null as a focus stored before it was kept.
 */
export const focusSet = (
  visitId: string,
  setOn: string,
  aspects: { priorityId: string | null; rag: RagRating }[],
  academicYear: string | null = YEAR,
  ratedOn: string = setOn,
): DomainEvent => ({
    type: 'VisitFocusSet',
    data: {
      visitId,
      hostAcademyId: ACADEMY_ID,
      academicYear,
      aspects: aspects.map(({ priorityId, rag }, index) => ({ aspect: `Aspect ${priorityId ?? index}`, rag, planPriorityId: priorityId })),
      setOn,
      ratedOn,
    },
  });

export const coreDayLogged = (days: number, deliveredOn: string, commitmentId: string | null = 'c-1'): DomainEvent => ({ type: 'CoreDayLogged', data: { ...PLAN, deliveredOn, days, description: 'Writing support', commitmentId } });

export const rechargeLogged = (rechargeId: string, days: number, deliveredOn: string, commitmentId: string | null = 'c-1'): DomainEvent => ({
    type: 'RechargeLogged',
    data: {
      rechargeId,
      supportedAcademyId: ACADEMY_ID,
      providerRole: 'teacher',
      providerAcademyId: '654321',
      days,
      deliveredOn,
      academicYear: YEAR,
      description: 'SLE writing support',
      ratePence: 30_000,
      amountPence: 30_000 * days,
      commitmentId,
    },
  });

export const rechargeReversed = (rechargeId: string, deliveredOn: string): DomainEvent => ({
  type: 'RechargeReversed',
  data: { rechargeId, supportedAcademyId: ACADEMY_ID, providerAcademyId: '654321', academicYear: YEAR, deliveredOn, amountPence: 30_000, reason: 'Logged in error', reversedOn: '2026-01-20' },
});

export const reviewCompleted = (completedOn: string, commitmentId: string | null = 'c-1'): DomainEvent => ({ type: 'CommissionedReviewCompleted', data: { ...PLAN, term: 'spring', completedOn, summary: 'Writing reviewed.', commitmentId } });
