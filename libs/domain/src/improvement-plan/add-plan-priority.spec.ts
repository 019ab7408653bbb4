import { KPI_NAMES } from '../kpi/kpi-name.js';
import type { AddPlanPriority } from './improvement-plan.commands.js';
import {
  ACADEMY_ID,
  added,
  badTexts,
  closed,
  drafted,
  given,
  PLAN,
  planConfirmed,
  priorityAdded,
  ROLE_OWNER,
  STAFF_OWNER,
} from './test-support/improvement-plan-fixtures.js';

const add = (overrides: Partial<AddPlanPriority> = {}): AddPlanPriority => ({
  type: 'AddPlanPriority',
  ...PLAN,
  priorityId: 'p-1',
  title: 'Raise attainment in Key Stage 2 writing',
  evidence: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.',
  targets: [{ kpi: 'progress', successCriteria: '75% of pupils make at least expected progress in writing' }],
  owners: [{ role: 'senior-leader' }, { staffId: 'st-41', name: 'Ann Head' }],
  ...overrides,
});

describe('AddPlanPriority', () => {
  describe('allowed', () => {
    it('adds a priority to a draft, with its evidence, KPI targets and owners, dated today', () => {
      given([drafted]).when(add()).then([added]);
    });

    it('adds a priority to a confirmed plan, at an AIM', () => {
      given([drafted, added, planConfirmed()])
        .when(add({ priorityId: 'p-2', title: 'Attendance of disadvantaged pupils', aimId: 'aim-2' }))
        .then([priorityAdded({ priorityId: 'p-2', title: 'Attendance of disadvantaged pupils', aimId: 'aim-2' })]);
    });

    it('targets every KPI of the card, or none, and trims text', () => {
      given([drafted])
        .when(add({ targets: KPI_NAMES.map((kpi) => ({ kpi, successCriteria: ` ${kpi} on target ` })), title: '  Raise attainment in Key Stage 2 writing\n' }))
        .then([priorityAdded({ targets: KPI_NAMES.map((kpi) => ({ kpi, successCriteria: `${kpi} on target` })) })]);
      given([drafted]).when(add({ targets: [] })).then([priorityAdded({ targets: [] })]);
    });

    it('takes a role, or a named member of staff, as an owner, with null for what does not apply', () => {
      given([drafted]).when(add({ owners: [{ role: 'senior-leader', staffId: null, name: null }] })).then([priorityAdded({ owners: [ROLE_OWNER] })]);
      given([drafted]).when(add({ owners: [{ role: null, staffId: 'st-41', name: ' Ann Head ' }] })).then([priorityAdded({ owners: [STAFF_OWNER] })]);
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(add()).thenThrows('not-found');
      given([drafted]).when(add({ academyId: '654321' })).thenThrows('not-found');
      given([drafted]).when(add({ academicYear: '2024/25' })).thenThrows('not-found');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, closed]).when(add()).thenThrows('refused');
    });

    it('a priority id already in the plan (409)', () => {
      given([drafted, added]).when(add({ title: 'Another priority' })).thenThrows('conflict');
    });

    it('a title another priority has, in any case (409)', () => {
      const error = given([drafted, added])
        .when(add({ priorityId: 'p-2', title: 'RAISE attainment in Key Stage 2 writing' }))
        .thenThrows('conflict');
      expect(error.message).toBe('priority p-1 of the plan is already titled "Raise attainment in Key Stage 2 writing"');
    });
  });

  describe('invalid', () => {
    it.each(badTexts(500))('title %s', (_label, title) => {
      given([drafted]).when(add({ title: title as string })).thenThrows('invalid', 'title');
    });

    it.each(badTexts(4000))('evidence %s', (_label, evidence) => {
      given([drafted]).when(add({ evidence: evidence as string })).thenThrows('invalid', 'evidence');
    });

    it.each<[string, unknown]>([
      ['targets', 'progress'],
      ['targets[0]', ['progress']],
      ['targets[0].kpi', [{ kpi: 'attainment', successCriteria: 'Up' }]],
      ['targets[0].kpi', [{ successCriteria: 'Up' }]],
      ['targets[0].successCriteria', [{ kpi: 'progress', successCriteria: ' ' }]],
      ['targets[0].successCriteria', [{ kpi: 'progress', successCriteria: 'x'.repeat(2001) }]],
      ['targets[1].kpi', [{ kpi: 'progress', successCriteria: 'Up' }, { kpi: 'progress', successCriteria: 'Further up' }]],
      ['targets', Array.from({ length: 6 }, () => ({ kpi: 'progress', successCriteria: 'Up' }))],
    ])('%s: %p', (field, targets) => {
      given([drafted]).when(add({ targets: targets as AddPlanPriority['targets'] })).thenThrows('invalid', field);
    });

    it.each<[string, unknown]>([
      ['owners', []],
      ['owners', undefined],
      ['owners', { role: 'headteacher' }],
      ['owners[0]', ['headteacher']],
      ['owners[0]', [{}]],
      ['owners[0]', [{ role: null, staffId: null, name: null }]],
      ['owners[0]', [{ role: 'headteacher', staffId: 'st-41', name: 'Ann Head' }]],
      ['owners[0].role', [{ role: 'deputy' }]],
      ['owners[0].staffId', [{ name: 'Ann Head' }]],
      ['owners[0].staffId', [{ staffId: 'st 41', name: 'Ann Head' }]],
      ['owners[0].name', [{ staffId: 'st-41' }]],
      ['owners[0].name', [{ staffId: 'st-41', name: ' ' }]],
      ['owners[1]', [{ role: 'senco' }, { role: 'senco' }]],
      ['owners[1]', [{ staffId: 'st-41', name: 'Ann Head' }, { staffId: 'st-41', name: 'A. Head' }]],
      ['owners', Array.from({ length: 11 }, (_, index) => ({ staffId: `st-${index}`, name: `Staff ${index}` }))],
    ])('%s: %p', (field, owners) => {
      given([drafted]).when(add({ owners: owners as AddPlanPriority['owners'] })).thenThrows('invalid', field);
    });

    it.each(['', 'p 1', 7])('priorityId %p', (priorityId) => {
      given([drafted]).when(add({ priorityId: priorityId as string })).thenThrows('invalid', 'priorityId');
    });

    it('aimId', () => {
      given([drafted]).when(add({ aimId: 'aim 1' })).thenThrows('invalid', 'aimId');
    });

    it('academyId, before the plan is looked for', () => {
      given([]).when(add({ academyId: ACADEMY_ID.slice(1) })).thenThrows('invalid', 'academyId');
    });
  });
});
