import type { AddPlanAction } from './improvement-plan.commands.js';
import {
  actionAdded,
  actionIn,
  added,
  badTexts,
  closed,
  drafted,
  given,
  PLAN,
  planConfirmed,
  priorityAdded,
  ROLE_OWNER,
} from './test-support/improvement-plan-fixtures.js';

const add = (overrides: Partial<AddPlanAction> = {}): AddPlanAction => ({
  type: 'AddPlanAction',
  ...PLAN,
  priorityId: 'p-1',
  actionId: 'a-1',
  description: 'Moderate Year 6 writing with the hub',
  owner: { staffId: 'st-41', name: 'Ann Head' },
  dueOn: '2026-02-13',
  ...overrides,
});

describe('AddPlanAction', () => {
  describe('allowed', () => {
    it('adds an action to a priority, with its owner and due date, dated today', () => {
      given([drafted, added]).when(add()).then([actionIn]);
    });

    it('adds an action owned by a role to a confirmed plan, due after the year ends', () => {
      given([drafted, added, planConfirmed()])
        .when(add({ actionId: 'a-2', owner: { role: 'senior-leader' }, dueOn: '2026-09-30' }))
        .then([actionAdded({ actionId: 'a-2', owner: ROLE_OWNER, dueOn: '2026-09-30' })]);
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(add()).thenThrows('not-found');
    });

    it('an unknown priority (404)', () => {
      given([drafted, added]).when(add({ priorityId: 'p-9' })).thenThrows('not-found');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, added, closed]).when(add()).thenThrows('refused');
    });

    it('an action id already in the plan, under any priority (409)', () => {
      given([drafted, added, actionIn]).when(add()).thenThrows('conflict');
      const error = given([drafted, added, priorityAdded({ priorityId: 'p-2', title: 'Attendance' }), actionIn])
        .when(add({ priorityId: 'p-2' }))
        .thenThrows('conflict');
      expect(error.message).toBe('action a-1 is already in the plan, under priority p-1');
    });
  });

  describe('invalid', () => {
    it.each(badTexts(2000))('description %s', (_label, description) => {
      given([drafted, added]).when(add({ description: description as string })).thenThrows('invalid', 'description');
    });

    it.each<[string, unknown]>([
      ['owner', undefined],
      ['owner', null],
      ['owner', 'Ann Head'],
      ['owner', {}],
      ['owner', { role: 'senco', name: 'Sam Senco' }],
      ['owner.role', { role: 'teacher' }],
      ['owner.staffId', { name: 'Ann Head' }],
      ['owner.name', { staffId: 'st-41', name: '' }],
    ])('%s: %p', (field, owner) => {
      given([drafted, added]).when(add({ owner: owner as AddPlanAction['owner'] })).thenThrows('invalid', field);
    });

    it.each([undefined, null, '', '13/02/2026', '2026-02-30', '3000-01-01'])('dueOn %p', (dueOn) => {
      given([drafted, added]).when(add({ dueOn: dueOn as string })).thenThrows('invalid', 'dueOn');
    });

    it.each(['', 'a 1'])('actionId %p', (actionId) => {
      given([drafted, added]).when(add({ actionId })).thenThrows('invalid', 'actionId');
    });

    it('priorityId', () => {
      given([drafted, added]).when(add({ priorityId: '' })).thenThrows('invalid', 'priorityId');
    });
  });
});
