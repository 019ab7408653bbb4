import { improvementPlanDecider } from './improvement-plan.decider.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import type { ImprovementPlan, ImprovementPlanState } from './improvement-plan.state.js';
import {
  actionAdded,
  actionAmended,
  actionIn,
  added,
  closed,
  DIRECTOR,
  drafted,
  planConfirmed,
  planDrafted,
  priorityAdded,
  priorityAmended,
  priorityRated,
  ROLE_OWNER,
  STAFF_OWNER,
  supportCommitted,
  TODAY,
  yearClosed,
} from './test-support/improvement-plan-fixtures.js';

const fold = (events: ImprovementPlanEvent[]): ImprovementPlanState =>
  events.reduce(improvementPlanDecider.evolve, improvementPlanDecider.initialState());

const plan = (events: ImprovementPlanEvent[]): ImprovementPlan => {
  const state = fold(events);
  if (state.status === 'none') throw new Error('expected a plan');
  return state;
};

const PROGRESS = { kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' } as const;

describe('improvement plan state', () => {
  it('starts with no plan, and ignores anything before the plan is drafted', () => {
    expect(fold([])).toEqual({ status: 'none' });
    expect(fold([added, actionIn, priorityRated(), planConfirmed(), closed, supportCommitted()])).toEqual({ status: 'none' });
  });

  it('is a draft with nothing in it', () => {
    expect(fold([drafted])).toEqual({
      status: 'draft',
      academyId: '123456',
      academicYear: '2025/26',
      draftedOn: TODAY,
      changedOn: TODAY,
      supportCommittedOn: null,
      confirmedOn: null,
      changedSinceConfirmed: false,
      closedOn: null,
      priorities: new Map(),
      actionPriorities: new Map(),
      commitments: new Map(),
    });
  });

  it("keeps the day of the plan's latest change, which ratings are not, and apart from it the day support was last committed", () => {
    const inSeptember = planDrafted({ draftedOn: '2025-09-02' });
    expect(plan([inSeptember])).toMatchObject({ changedOn: '2025-09-02', supportCommittedOn: null });
    expect(plan([inSeptember, priorityAdded({ addedOn: '2025-09-03' })]).changedOn).toBe('2025-09-03');
    expect(plan([inSeptember, priorityAdded({ addedOn: '2025-09-03' }), priorityRated({ ratedOn: '2025-11-05' })]).changedOn).toBe('2025-09-03');
    const story = [inSeptember, priorityAdded({ addedOn: '2025-09-03' }), actionAdded({ addedOn: '2025-09-04' })];
    expect(plan([...story, actionAmended({ amendedOn: '2025-10-01' })]).changedOn).toBe('2025-10-01');
    expect(plan([...story, priorityAmended({ amendedOn: '2025-10-02' })]).changedOn).toBe('2025-10-02');
    expect(plan([...story, planConfirmed({ confirmedOn: '2025-10-03' })]).changedOn).toBe('2025-10-03');
    expect(plan([...story, supportCommitted({ committedOn: '2026-01-29' })])).toMatchObject({ changedOn: '2025-09-04', supportCommittedOn: '2026-01-29' });
    expect(plan([...story, supportCommitted({ committedOn: '2026-01-29' }), supportCommitted({ commitmentId: 'c-2', committedOn: '2025-11-20' })]).supportCommittedOn).toBe('2026-01-29');
    expect(plan([...story, yearClosed({ closedOn: '2026-07-20' })]).changedOn).toBe('2025-09-04');
    // An event it ignores dates nothing.
    expect(plan([...story, actionAmended({ actionId: 'a-unknown', amendedOn: '2025-12-01' })]).changedOn).toBe('2025-09-04');
  });

  it('holds priorities in the order added, with their actions and RAG history', () => {
    const state = plan([
      drafted,
      added,
      priorityAdded({ priorityId: 'p-2', title: 'Attendance', targets: [], owners: [ROLE_OWNER] }),
      actionIn,
      actionAdded({ actionId: 'a-2', owner: ROLE_OWNER }),
      actionAmended({ status: 'done' }),
      priorityRated(),
      priorityRated({ rating: 'green', ratedOn: '2025-11-10', source: { kind: 'direct', aimId: null, visitId: null } }),
    ]);
    expect([...state.priorities.keys()]).toEqual(['p-1', 'p-2']);
    expect(state.priorities.get('p-1')).toEqual({
      priorityId: 'p-1',
      title: 'Raise attainment in Key Stage 2 writing',
      evidence: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.',
      targets: [PROGRESS],
      owners: [ROLE_OWNER, STAFF_OWNER],
      actions: new Map([
        ['a-1', { actionId: 'a-1', description: 'Moderate Year 6 writing with the hub', owner: STAFF_OWNER, dueOn: '2026-02-13', status: 'done' }],
        ['a-2', { actionId: 'a-2', description: 'Moderate Year 6 writing with the hub', owner: ROLE_OWNER, dueOn: '2026-02-13', status: 'not-started' }],
      ]),
      ragHistory: [
        { rating: 'amber', ratedOn: '2025-11-05', ratedBy: DIRECTOR, comment: 'Writing moderated with the hub; still below national.', source: { kind: 'aim', aimId: 'aim-1', visitId: null } },
        { rating: 'green', ratedOn: '2025-11-10', ratedBy: DIRECTOR, comment: 'Writing moderated with the hub; still below national.', source: { kind: 'direct', aimId: null, visitId: null } },
      ],
    });
    expect(state.actionPriorities).toEqual(new Map([['a-1', 'p-1'], ['a-2', 'p-1']]));
  });

  it('replaces a priority with its amendment, keeping its actions and history', () => {
    const state = plan([drafted, added, actionIn, priorityRated(), priorityAmended({ title: 'Writing' })]);
    const priority = state.priorities.get('p-1');
    expect(priority).toMatchObject({ title: 'Writing', targets: [PROGRESS, { kpi: 'attendance' }] });
    expect(priority?.actions.size).toBe(1);
    expect(priority?.ragHistory).toHaveLength(1);
  });

  it('is confirmed, and knows whether the plan was changed since, as progress, ratings and support are not', () => {
    expect(plan([drafted, added, planConfirmed()])).toMatchObject({ status: 'confirmed', confirmedOn: TODAY, changedSinceConfirmed: false });
    expect(plan([drafted, added, actionIn, planConfirmed(), actionAmended({ status: 'done' }), priorityRated(), supportCommitted()])).toMatchObject({
      status: 'confirmed',
      changedSinceConfirmed: false,
    });
    expect(plan([drafted, added, planConfirmed(), priorityAmended()]).changedSinceConfirmed).toBe(true);
    expect(plan([drafted, added, planConfirmed(), actionIn]).changedSinceConfirmed).toBe(true);
    expect(plan([drafted, added, actionIn, planConfirmed(), actionAmended({ owner: ROLE_OWNER })]).changedSinceConfirmed).toBe(true);
    expect(plan([drafted, added, planConfirmed(), priorityAmended(), planConfirmed({ confirmedOn: '2025-11-20' })])).toMatchObject({
      confirmedOn: '2025-11-20',
      changedSinceConfirmed: false,
    });
  });

  it('a draft is never changed since a confirmation it never had', () => {
    expect(plan([drafted, added, priorityAmended()]).changedSinceConfirmed).toBe(false);
  });

  it('is closed with its year, keeping its confirmation, and a closure is final', () => {
    expect(plan([drafted, added, planConfirmed(), closed])).toMatchObject({ status: 'closed', confirmedOn: TODAY, closedOn: TODAY });
    expect(plan([drafted, closed, planConfirmed(), yearClosed({ closedOn: '2026-01-01' })])).toMatchObject({
      status: 'closed',
      confirmedOn: null,
      closedOn: TODAY,
    });
  });

  it('holds support commitments by id', () => {
    expect(plan([drafted, added, supportCommitted(), supportCommitted({ commitmentId: 'c-2', kind: 'central-team' })]).commitments).toEqual(
      new Map([
        ['c-1', { commitmentId: 'c-1', priorityId: 'p-1', kind: 'sle-lead-practitioner', coreDays: 0, developmentDays: 4, reviews: 0, committedBy: DIRECTOR, committedOn: TODAY }],
        ['c-2', { commitmentId: 'c-2', priorityId: 'p-1', kind: 'central-team', coreDays: 0, developmentDays: 4, reviews: 0, committedBy: DIRECTOR, committedOn: TODAY }],
      ]),
    );
  });

  it('ignores a second drafting, and repeats of ids already used', () => {
    const once = fold([drafted, added, actionIn, supportCommitted()]);
    expect(fold([drafted, added, actionIn, supportCommitted(), planDrafted({ draftedOn: '2026-01-01' })])).toEqual(once);
    expect(fold([drafted, added, actionIn, supportCommitted(), priorityAdded({ title: 'Other' }), actionAdded({ description: 'Other' }), supportCommitted({ reviews: 2 })])).toEqual(once);
  });

  it('ignores actions, amendments and ratings of priorities it does not have', () => {
    const base = fold([drafted, added]);
    expect(fold([drafted, added, actionAdded({ priorityId: 'p-9' }), actionAmended({ actionId: 'a-9' }), priorityAmended({ priorityId: 'p-9' }), priorityRated({ priorityId: 'p-9' })])).toEqual(base);
  });
});
