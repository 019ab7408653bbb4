import type { AmendPlanPriority } from './improvement-plan.commands.js';
import {
  added,
  badTexts,
  closed,
  drafted,
  given,
  PLAN,
  planConfirmed,
  priorityAdded,
  priorityAmended,
  ROLE_OWNER,
} from './test-support/improvement-plan-fixtures.js';

const amend = (overrides: Partial<AmendPlanPriority> = {}): AmendPlanPriority => ({
  type: 'AmendPlanPriority',
  ...PLAN,
  priorityId: 'p-1',
  ...overrides,
});

const BOTH_TARGETS = [
  { kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' },
  { kpi: 'attendance', successCriteria: 'Persistent absence in Year 6 below 10%' },
];

describe('AmendPlanPriority', () => {
  describe('allowed', () => {
    it('replaces what is given, keeps the rest, and records the priority whole with the AIM it was amended at', () => {
      given([drafted, added, planConfirmed()])
        .when(amend({ targets: BOTH_TARGETS, aimId: 'aim-1' }))
        .then([priorityAmended()]);
    });

    it('amends the title, evidence and owners of a draft, with no AIM', () => {
      given([drafted, added])
        .when(amend({ title: ' Writing in Key Stage 2 ', evidence: 'Moderated samples', owners: [{ role: 'senior-leader' }] }))
        .then([
          priorityAmended({
            title: 'Writing in Key Stage 2',
            evidence: 'Moderated samples',
            targets: [{ kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' }],
            owners: [ROLE_OWNER],
            aimId: null,
          }),
        ]);
    });

    it('changes only the case of its own title', () => {
      given([drafted, added])
        .when(amend({ title: 'Raise Attainment in Key Stage 2 Writing' }))
        .then([priorityAmended({ title: 'Raise Attainment in Key Stage 2 Writing', targets: [{ kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' }], aimId: null })]);
    });

    it('renames a named owner', () => {
      given([drafted, added])
        .when(amend({ owners: [{ role: 'senior-leader' }, { staffId: 'st-41', name: 'Ann Head-Smith' }] }))
        .then([
          priorityAmended({
            owners: [ROLE_OWNER, { kind: 'staff', role: null, staffId: 'st-41', name: 'Ann Head-Smith' }],
            targets: [{ kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' }],
            aimId: null,
          }),
        ]);
    });
  });

  describe('no-op', () => {
    it('an amendment giving nothing, or what stands (targets and owners in any order)', () => {
      given([drafted, added]).when(amend()).thenNothing();
      given([drafted, added]).when(amend({ aimId: 'aim-1' })).thenNothing();
      given([drafted, added])
        .when(amend({ title: 'Raise attainment in Key Stage 2 writing', owners: [{ staffId: 'st-41', name: 'Ann Head' }, { role: 'senior-leader' }] }))
        .thenNothing();
      given([drafted, added, priorityAmended()]).when(amend({ targets: [...BOTH_TARGETS].reverse() })).thenNothing();
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(amend({ title: 'Writing' })).thenThrows('not-found');
    });

    it('an unknown priority (404)', () => {
      given([drafted, added]).when(amend({ priorityId: 'p-9', title: 'Writing' })).thenThrows('not-found');
    });

    it('a plan whose year is closed (422), even with nothing to change', () => {
      given([drafted, added, closed]).when(amend({ title: 'Writing' })).thenThrows('refused');
      given([drafted, added, closed]).when(amend()).thenThrows('refused');
    });

    it("another priority's title (409)", () => {
      given([drafted, added, priorityAdded({ priorityId: 'p-2', title: 'Attendance' })])
        .when(amend({ title: 'attendance' }))
        .thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(badTexts(500))('title %s', (_label, title) => {
      given([drafted, added]).when(amend({ title: title as string })).thenThrows('invalid', 'title');
    });

    it('a null title', () => {
      given([drafted, added]).when(amend({ title: null as unknown as string })).thenThrows('invalid', 'title');
    });

    it.each(badTexts(4000))('evidence %s', (_label, evidence) => {
      given([drafted, added]).when(amend({ evidence: evidence as string })).thenThrows('invalid', 'evidence');
    });

    it('a KPI not one of the five', () => {
      given([drafted, added]).when(amend({ targets: [{ kpi: 'phonics', successCriteria: 'Up' }] })).thenThrows('invalid', 'targets[0].kpi');
    });

    it('no owners', () => {
      given([drafted, added]).when(amend({ owners: [] })).thenThrows('invalid', 'owners');
    });

    it('aimId', () => {
      given([drafted, added]).when(amend({ title: 'Writing', aimId: '' })).thenThrows('invalid', 'aimId');
    });

    it('reports bad input before the unknown priority', () => {
      given([drafted, added]).when(amend({ priorityId: 'p-9', title: ' ' })).thenThrows('invalid', 'title');
    });
  });
});
