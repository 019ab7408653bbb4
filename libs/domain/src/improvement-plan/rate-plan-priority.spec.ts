import { deciderSpec } from '../test-support/decider-spec.js';
import { improvementPlanDecider } from './improvement-plan.decider.js';
import type { RatePlanPriority } from './improvement-plan.commands.js';
import {
  added,
  closed,
  DIRECTOR,
  drafted,
  given,
  PLAN,
  planConfirmed,
  priorityRated,
} from './test-support/improvement-plan-fixtures.js';

const rate = (overrides: Partial<RatePlanPriority> = {}): RatePlanPriority => ({
  type: 'RatePlanPriority',
  ...PLAN,
  priorityId: 'p-1',
  rating: 'amber',
  ratedOn: '2025-11-05',
  comment: 'Writing moderated with the hub; still below national.',
  source: 'aim',
  aimId: 'aim-1',
  ratedBy: { ...DIRECTOR },
  ...overrides,
});

const HOST = { userId: 'hd-014', name: 'Hal Host', role: 'headteacher' };

describe('RatePlanPriority', () => {
  describe('allowed', () => {
    it('rates a priority at an AIM, with who rated it and a comment', () => {
      given([drafted, added, planConfirmed()]).when(rate()).then([priorityRated()]);
    });

    it('rates a draft priority directly, with no comment, today', () => {
      given([drafted, added])
        .when(rate({ source: 'direct', aimId: null, comment: null, rating: 'green', ratedOn: '2025-11-12' }))
        .then([priorityRated({ source: { kind: 'direct', aimId: null, visitId: null }, comment: null, rating: 'green', ratedOn: '2025-11-12' })]);
      given([drafted, added])
        .when(rate({ source: 'direct', aimId: undefined, comment: undefined }))
        .then([priorityRated({ source: { kind: 'direct', aimId: null, visitId: null }, comment: null })]);
    });

    it("records the host's rating a week before a peer review visit", () => {
      given([drafted, added])
        .when(rate({ source: 'peer-visit', aimId: null, visitId: 'visit-2', rating: 'red', ratedBy: HOST }))
        .then([priorityRated({ source: { kind: 'peer-visit', aimId: null, visitId: 'visit-2' }, rating: 'red', ratedBy: HOST })]);
    });

    it('adds to the history: another rating, or the same one from another source or day', () => {
      given([drafted, added, priorityRated()]).when(rate({ rating: 'green' })).then([priorityRated({ rating: 'green' })]);
      given([drafted, added, priorityRated()]).when(rate({ aimId: 'aim-2' })).then([priorityRated({ source: { kind: 'aim', aimId: 'aim-2', visitId: null } })]);
      given([drafted, added, priorityRated()]).when(rate({ ratedOn: '2025-11-06' })).then([priorityRated({ ratedOn: '2025-11-06' })]);
    });

    it("rates on the first and last days of the plan's year", () => {
      given([drafted, added]).when(rate({ ratedOn: '2025-09-01' })).then([priorityRated({ ratedOn: '2025-09-01' })]);
      const atYearEnd = deciderSpec(improvementPlanDecider, { now: new Date('2026-09-02T12:00:00Z') });
      atYearEnd([drafted, added]).when(rate({ ratedOn: '2026-08-31' })).then([priorityRated({ ratedOn: '2026-08-31' })]);
    });
  });

  describe('no-op', () => {
    it('the same rating recorded again', () => {
      given([drafted, added, priorityRated()]).when(rate()).thenNothing();
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(rate()).thenThrows('not-found');
    });

    it('an unknown priority (404)', () => {
      given([drafted, added]).when(rate({ priorityId: 'p-9' })).thenThrows('not-found');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, added, closed]).when(rate()).thenThrows('refused');
    });

    it("a day outside the plan's academic year (422)", () => {
      const error = given([drafted, added]).when(rate({ ratedOn: '2025-08-31' })).thenThrows('refused');
      expect(error.message).toBe('a rating of the 2025/26 plan is given from 2025-09-01 to 2026-08-31; 2025-08-31 is outside its academic year');
      given([drafted, added]).when(rate({ ratedOn: '2024-11-05' })).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each(['grey', 'Amber', '', null, 2])('rating %p', (rating) => {
      given([drafted, added]).when(rate({ rating: rating as string })).thenThrows('invalid', 'rating');
    });

    it.each([undefined, '', '05/11/2025', '2025-11-31', '2025-11-13'])('ratedOn %p (not a day, or in the future)', (ratedOn) => {
      given([drafted, added]).when(rate({ ratedOn: ratedOn as string })).thenThrows('invalid', 'ratedOn');
    });

    it.each([' ', 'x'.repeat(2001), 3])('comment %p', (comment) => {
      given([drafted, added]).when(rate({ comment: comment as string })).thenThrows('invalid', 'comment');
    });

    it.each<[string, Partial<RatePlanPriority>]>([
      ['source', { source: 'governors' }],
      ['source', { source: undefined }],
      ['aimId', { source: 'aim', aimId: null }],
      ['aimId', { source: 'aim', aimId: 'aim 1' }],
      ['visitId', { source: 'aim', visitId: 'visit-2' }],
      ['visitId', { source: 'peer-visit', aimId: null, visitId: undefined }],
      ['aimId', { source: 'peer-visit', aimId: 'aim-1', visitId: 'visit-2' }],
      ['aimId', { source: 'direct', aimId: 'aim-1' }],
      ['visitId', { source: 'direct', aimId: null, visitId: 'visit-2' }],
    ])('%s, from %p', (field, overrides) => {
      given([drafted, added]).when(rate(overrides)).thenThrows('invalid', field);
    });

    it.each<[string, unknown]>([
      ['ratedBy', null],
      ['ratedBy', 'dee'],
      ['ratedBy.userId', { ...DIRECTOR, userId: '' }],
      ['ratedBy.userId', { ...DIRECTOR, userId: ' dee' }],
      ['ratedBy.name', { ...DIRECTOR, name: ' ' }],
      ['ratedBy.role', { ...DIRECTOR, role: undefined }],
    ])('%s: %p', (field, ratedBy) => {
      given([drafted, added]).when(rate({ ratedBy: ratedBy as RatePlanPriority['ratedBy'] })).thenThrows('invalid', field);
    });

    it('reports bad input before the closed year', () => {
      given([drafted, added, closed]).when(rate({ rating: 'grey' })).thenThrows('invalid', 'rating');
    });
  });
});
