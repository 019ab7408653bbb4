import { deciderSpec } from '../test-support/decider-spec.js';
import type { CloseImprovementPlanYear } from './improvement-plan.commands.js';
import { improvementPlanDecider } from './improvement-plan.decider.js';
import { added, closed, drafted, given, PLAN, planConfirmed, planDrafted, TODAY, yearClosed } from './test-support/improvement-plan-fixtures.js';

/** A plan drafted in the summer before its year. */
const draftedInJuly = planDrafted({ draftedOn: '2025-07-14' });

const close = (overrides: Partial<CloseImprovementPlanYear> = {}): CloseImprovementPlanYear => ({
  type: 'CloseImprovementPlanYear',
  ...PLAN,
  ...overrides,
});

describe('CloseImprovementPlanYear', () => {
  describe('allowed', () => {
    it('closes a confirmed plan, today', () => {
      given([drafted, added, planConfirmed()]).when(close()).then([closed]);
    });

    it('closes a draft as it stands', () => {
      given([drafted]).when(close()).then([closed]);
    });

    it("closes a past year's plan after the year, and one on the first day of its year", () => {
      given([planDrafted({ academicYear: '2024/25' })])
        .when(close({ academicYear: '2024/25' }))
        .then([yearClosed({ academicYear: '2024/25' })]);
      const onFirstDay = deciderSpec(improvementPlanDecider, { now: new Date('2025-09-01T08:00:00Z') });
      onFirstDay([draftedInJuly]).when(close()).then([yearClosed({ closedOn: '2025-09-01' })]);
    });

    it('closes on the day named, for a plan entered after the fact', () => {
      given([planDrafted({ academicYear: '2024/25', draftedOn: '2024-09-02' })])
        .when(close({ academicYear: '2024/25', closedOn: '2025-07-18' }))
        .then([yearClosed({ academicYear: '2024/25', closedOn: '2025-07-18' })]);
      given([drafted, added]).when(close({ closedOn: TODAY })).then([closed]);
    });
  });

  describe('no-op', () => {
    it('a year already closed', () => {
      given([drafted, added, closed]).when(close()).thenNothing();
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(close()).thenThrows('not-found');
    });

    it('a year not yet begun (422)', () => {
      const error = given([planDrafted({ academicYear: '2026/27' })]).when(close({ academicYear: '2026/27' })).thenThrows('refused');
      expect(error.message).toBe('2026/27 begins on 2026-09-01, so its improvement plan cannot be closed before then');
      // 22:30 UTC on 31 August is still 31 August in London (23:30 BST); an hour later it is 1 September.
      deciderSpec(improvementPlanDecider, { now: new Date('2025-08-31T22:30:00Z') })([draftedInJuly]).when(close()).thenThrows('refused');
      deciderSpec(improvementPlanDecider, { now: new Date('2025-08-31T23:30:00Z') })([draftedInJuly])
        .when(close())
        .then([yearClosed({ closedOn: '2025-09-01' })]);
      given([drafted]).when(close({ closedOn: '2025-08-29' })).thenThrows('refused');
    });

    it('a day before the plan was last changed (422)', () => {
      const error = given([drafted, added]).when(close({ closedOn: '2025-11-11' })).thenThrows('refused');
      expect(error.message).toBe(
        'closedOn: the improvement plan of academy 123456 for 2025/26 was last changed on 2025-11-12, so it cannot be dated 2025-11-11, before that',
      );
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([drafted]).when(close({ academyId: 'abcdef' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2025-11-13', '2025-02-30', 'yesterday', 20251112])('closedOn %p (not a day, or in the future)', (closedOn) => {
      given([drafted]).when(close({ closedOn: closedOn as string })).thenThrows('invalid', 'closedOn');
    });
  });
});
