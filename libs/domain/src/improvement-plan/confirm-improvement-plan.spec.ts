import type { ConfirmImprovementPlan } from './improvement-plan.commands.js';
import {
  actionAmended,
  actionIn,
  added,
  closed,
  drafted,
  given,
  PLAN,
  planConfirmed,
  priorityAmended,
  priorityRated,
  supportCommitted,
} from './test-support/improvement-plan-fixtures.js';

const confirm = (overrides: Partial<ConfirmImprovementPlan> = {}): ConfirmImprovementPlan => ({
  type: 'ConfirmImprovementPlan',
  ...PLAN,
  ...overrides,
});

describe('ConfirmImprovementPlan', () => {
  describe('allowed', () => {
    it('confirms a draft with its priorities, today', () => {
      given([drafted, added]).when(confirm()).then([planConfirmed()]);
    });

    it('confirms the priorities at an AIM', () => {
      given([drafted, added]).when(confirm({ aimId: 'aim-1' })).then([planConfirmed({ aimId: 'aim-1' })]);
    });

    it('confirms again a plan amended since its last confirmation', () => {
      given([drafted, added, planConfirmed(), priorityAmended()]).when(confirm({ aimId: 'aim-2' })).then([planConfirmed({ aimId: 'aim-2' })]);
      given([drafted, added, planConfirmed(), actionIn]).when(confirm()).then([planConfirmed()]);
      given([drafted, added, actionIn, planConfirmed(), actionAmended({ dueOn: '2026-03-20' })]).when(confirm()).then([planConfirmed()]);
    });
  });

  describe('no-op', () => {
    it('a plan confirmed and not amended since: ratings, progress and support are not amendments', () => {
      given([drafted, added, planConfirmed()]).when(confirm()).thenNothing();
      given([drafted, added, actionIn, planConfirmed(), priorityRated(), actionAmended({ status: 'done' }), supportCommitted()])
        .when(confirm({ aimId: 'aim-2' }))
        .thenNothing();
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(confirm()).thenThrows('not-found');
    });

    it('a plan with no priorities (422)', () => {
      given([drafted]).when(confirm()).thenThrows('refused');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, added, closed]).when(confirm()).thenThrows('refused');
      given([drafted, added, planConfirmed(), closed]).when(confirm()).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it('aimId', () => {
      given([drafted, added]).when(confirm({ aimId: 'aim/1' })).thenThrows('invalid', 'aimId');
    });

    it('academicYear', () => {
      given([drafted, added]).when(confirm({ academicYear: '2025' })).thenThrows('invalid', 'academicYear');
    });
  });
});
