import { improvementPlanDecider } from './improvement-plan.decider.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import type { ImprovementPlanState } from './improvement-plan.state.js';
import { hasPriority, latestRating, planPriorityIds, priorityTitle } from './plan-priorities.js';
import { added, drafted, priorityAdded, priorityAmended, priorityRated } from './test-support/improvement-plan-fixtures.js';

const fold = (events: ImprovementPlanEvent[]): ImprovementPlanState =>
  events.reduce(improvementPlanDecider.evolve, improvementPlanDecider.initialState());

describe("a plan's priorities, for the AIM and peer review deciders", () => {
  const state = fold([drafted, added, priorityAdded({ priorityId: 'p-2', title: 'Attendance' }), priorityAmended({ title: 'Writing' })]);

  it('lists the priority ids in the order added', () => {
    expect(planPriorityIds(state)).toEqual(['p-1', 'p-2']);
  });

  it('knows which priorities the plan has', () => {
    expect(hasPriority(state, 'p-2')).toBe(true);
    expect(hasPriority(state, 'p-9')).toBe(false);
  });

  it("gives a priority's title as it now stands", () => {
    expect(priorityTitle(state, 'p-1')).toBe('Writing');
    expect(priorityTitle(state, 'p-2')).toBe('Attendance');
    expect(priorityTitle(state, 'p-9')).toBeNull();
  });

  it('finds nothing in a plan never drafted', () => {
    const none = fold([]);
    expect(planPriorityIds(none)).toEqual([]);
    expect(hasPriority(none, 'p-1')).toBe(false);
    expect(priorityTitle(none, 'p-1')).toBeNull();
    expect(latestRating(none, 'p-1')).toBeNull();
  });

  it("gives a priority's rating of the latest day rated, the later recorded of one day's", () => {
    expect(latestRating(fold([drafted, added]), 'p-1')).toBeNull();
    const rated = fold([
      drafted,
      added,
      priorityRated({ rating: 'red', ratedOn: '2025-11-10' }),
      priorityRated({ rating: 'green', ratedOn: '2025-10-01' }),
      priorityRated({ rating: 'amber', ratedOn: '2025-11-10', comment: null }),
    ]);
    expect(latestRating(rated, 'p-1')).toMatchObject({ rating: 'amber', ratedOn: '2025-11-10' });
    expect(latestRating(rated, 'p-9')).toBeNull();
  });
});
