import { DomainError } from '../shared/domain-error.js';
import { improvementPlanDecider } from './improvement-plan.decider.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import type { ImprovementPlanState } from './improvement-plan.state.js';
import { improvementPlanLookUp, linkPlanCommitment, linkPlanPriorities, lookedUpPlan } from './plan-look-up.js';
import { ACADEMIC_YEAR, ACADEMY_ID, added, drafted, priorityAdded, priorityAmended } from './test-support/improvement-plan-fixtures.js';
import { noPlan, planOf } from './test-support/plan-look-up-fixtures.js';

function kindOfRefusal(act: () => unknown): string | null {
  try {
    act();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.kind : 'not a DomainError';
  }
}

const fold = (events: ImprovementPlanEvent[]): ImprovementPlanState =>
  events.reduce(improvementPlanDecider.evolve, improvementPlanDecider.initialState());

const committed = (commitmentId: string): ImprovementPlanEvent => ({
  type: 'PlanSupportCommitted',
  data: {
    academyId: ACADEMY_ID,
    academicYear: ACADEMIC_YEAR,
    commitmentId,
    priorityId: 'p-1',
    kind: 'additional-reviews',
    coreDays: 0,
    developmentDays: 0,
    reviews: 1,
    committedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
    committedOn: '2025-11-12',
  },
});

describe("an academy's improvement plan, as the AIM, visit and delivery deciders look it up", () => {
  it('gives its priorities, with their titles as they now stand, in the order added, and its commitments', () => {
    const state = fold([drafted, added, priorityAdded({ priorityId: 'p-2', title: 'Attendance' }), priorityAmended({ title: 'Writing' }), committed('c-1')]);
    expect(improvementPlanLookUp(state, ACADEMY_ID, ACADEMIC_YEAR)).toEqual({
      academyId: ACADEMY_ID,
      academicYear: ACADEMIC_YEAR,
      drafted: true,
      priorities: [
        { priorityId: 'p-1', title: 'Writing' },
        { priorityId: 'p-2', title: 'Attendance' },
      ],
      commitmentIds: ['c-1'],
    });
  });

  it('is drafted with no priorities yet, straight after drafting', () => {
    expect(improvementPlanLookUp(fold([drafted]), ACADEMY_ID, ACADEMIC_YEAR)).toEqual(planOf(ACADEMY_ID, ACADEMIC_YEAR, { priorities: [] }));
  });

  it('is no plan when none was drafted, or the state is of another academy or year', () => {
    expect(improvementPlanLookUp(fold([]), ACADEMY_ID, ACADEMIC_YEAR)).toEqual(noPlan(ACADEMY_ID, ACADEMIC_YEAR));
    expect(improvementPlanLookUp(fold([drafted, added]), '654321', ACADEMIC_YEAR)).toEqual(noPlan('654321', ACADEMIC_YEAR));
    expect(improvementPlanLookUp(fold([drafted, added]), ACADEMY_ID, '2024/25')).toEqual(noPlan(ACADEMY_ID, '2024/25'));
  });

  it('is taken for the academy and year it was looked up for, and refused (409) for another', () => {
    const plan = planOf(ACADEMY_ID, ACADEMIC_YEAR);
    expect(lookedUpPlan(plan, ACADEMY_ID, ACADEMIC_YEAR)).toBe(plan);
    expect(kindOfRefusal(() => lookedUpPlan(plan, ACADEMY_ID, '2024/25'))).toBe('conflict');
    expect(kindOfRefusal(() => lookedUpPlan(plan, '654321', ACADEMIC_YEAR))).toBe('conflict');
  });

  it('links items that name a priority to its title, and keeps free text when there is no plan', () => {
    const items = [{ text: null, planPriorityId: 'p-2', rag: 'red' }];
    expect(linkPlanPriorities(items, planOf(ACADEMY_ID, ACADEMIC_YEAR), { list: 'priorities', text: 'priority' })).toEqual([
      { text: 'Improve attendance of disadvantaged pupils', planPriorityId: 'p-2', rag: 'red' },
    ]);
    const free = [{ text: 'Phonics', planPriorityId: null }];
    expect(linkPlanPriorities(free, noPlan(ACADEMY_ID, ACADEMIC_YEAR), { list: 'aspects', text: 'aspect' })).toEqual(free);
  });

  it('checks a support commitment only when one is named, and insists on the look-up then', () => {
    expect(linkPlanCommitment(null, undefined, ACADEMY_ID, ACADEMIC_YEAR)).toBeNull();
    expect(linkPlanCommitment('c-1', planOf(ACADEMY_ID, ACADEMIC_YEAR, { commitmentIds: ['c-1'] }), ACADEMY_ID, ACADEMIC_YEAR)).toBe('c-1');
    expect(() => linkPlanCommitment('c-1', undefined, ACADEMY_ID, ACADEMIC_YEAR)).toThrow('support commitment c-1 is named, but the improvement plan was not looked up');
  });
});
