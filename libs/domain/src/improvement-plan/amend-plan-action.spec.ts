import type { AmendPlanAction } from './improvement-plan.commands.js';
import {
  actionAmended,
  actionIn,
  added,
  badTexts,
  closed,
  drafted,
  given,
  PLAN,
  priorityAdded,
  ROLE_OWNER,
  STAFF_OWNER,
} from './test-support/improvement-plan-fixtures.js';

const amend = (overrides: Partial<AmendPlanAction> = {}): AmendPlanAction => ({
  type: 'AmendPlanAction',
  ...PLAN,
  priorityId: 'p-1',
  actionId: 'a-1',
  ...overrides,
});

describe('AmendPlanAction', () => {
  describe('allowed', () => {
    it('moves an action on, recording it whole', () => {
      given([drafted, added, actionIn]).when(amend({ status: 'in-progress' })).then([actionAmended()]);
    });

    it('changes its description, owner and due date, keeping its status', () => {
      given([drafted, added, actionIn, actionAmended()])
        .when(amend({ description: ' Moderate writing twice ', owner: { role: 'senior-leader' }, dueOn: '2026-03-20' }))
        .then([actionAmended({ description: 'Moderate writing twice', owner: ROLE_OWNER, dueOn: '2026-03-20' })]);
    });

    it.each(['not-started', 'in-progress', 'done'] as const)('takes up a dropped action again, as %s', (status) => {
      given([drafted, added, actionIn, actionAmended({ status: 'dropped' })])
        .when(amend({ status }))
        .then([actionAmended({ status })]);
    });
  });

  describe('no-op', () => {
    it('an amendment giving nothing, or what stands', () => {
      given([drafted, added, actionIn]).when(amend()).thenNothing();
      given([drafted, added, actionIn])
        .when(amend({ status: 'not-started', owner: { staffId: 'st-41', name: 'Ann Head' }, dueOn: '2026-02-13' }))
        .thenNothing();
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(amend({ status: 'done' })).thenThrows('not-found');
    });

    it('an unknown priority or action, or an action of another priority (404)', () => {
      given([drafted, added, actionIn]).when(amend({ priorityId: 'p-9', status: 'done' })).thenThrows('not-found');
      given([drafted, added, actionIn]).when(amend({ actionId: 'a-9', status: 'done' })).thenThrows('not-found');
      given([drafted, added, priorityAdded({ priorityId: 'p-2', title: 'Attendance' }), actionIn])
        .when(amend({ priorityId: 'p-2', status: 'done' }))
        .thenThrows('not-found');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, added, actionIn, closed]).when(amend({ status: 'done' })).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each(['finished', 'Done', '', null])('status %p', (status) => {
      given([drafted, added, actionIn]).when(amend({ status: status as string })).thenThrows('invalid', 'status');
    });

    it.each(badTexts(2000))('description %s', (_label, description) => {
      given([drafted, added, actionIn]).when(amend({ description: description as string })).thenThrows('invalid', 'description');
    });

    it('an owner that is neither a role nor a named member of staff', () => {
      given([drafted, added, actionIn]).when(amend({ owner: null as unknown as AmendPlanAction['owner'] })).thenThrows('invalid', 'owner');
      given([drafted, added, actionIn]).when(amend({ owner: { ...STAFF_OWNER, role: 'senco' } })).thenThrows('invalid', 'owner');
    });

    it.each([null, '2026-13-01'])('dueOn %p', (dueOn) => {
      given([drafted, added, actionIn]).when(amend({ dueOn: dueOn as string })).thenThrows('invalid', 'dueOn');
    });
  });
});
