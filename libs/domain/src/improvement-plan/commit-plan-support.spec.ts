import type { CommitPlanSupport } from './improvement-plan.commands.js';
import { SUPPORT_KINDS } from './support-kind.js';
import {
  added,
  closed,
  DIRECTOR,
  drafted,
  given,
  PLAN,
  planConfirmed,
  supportCommitted,
} from './test-support/improvement-plan-fixtures.js';

const commit = (overrides: Partial<CommitPlanSupport> = {}): CommitPlanSupport => ({
  type: 'CommitPlanSupport',
  ...PLAN,
  commitmentId: 'c-1',
  priorityId: 'p-1',
  kind: 'sle-lead-practitioner',
  coreDays: 0,
  developmentDays: 4,
  reviews: 0,
  committedBy: { ...DIRECTOR },
  ...overrides,
});

describe('CommitPlanSupport', () => {
  describe('allowed', () => {
    it('commits support against a priority, with who committed it, today', () => {
      given([drafted, added, planConfirmed()]).when(commit()).then([supportCommitted()]);
    });

    it('commits core days and reviews to a draft', () => {
      given([drafted, added])
        .when(commit({ kind: 'additional-reviews', coreDays: 6, developmentDays: 0, reviews: 6 }))
        .then([supportCommitted({ kind: 'additional-reviews', coreDays: 6, developmentDays: 0, reviews: 6 })]);
    });

    it.each(SUPPORT_KINDS)('commits %s', (kind) => {
      given([drafted, added]).when(commit({ kind })).then([supportCommitted({ kind })]);
    });

    it('commits more support to the same priority under another id', () => {
      given([drafted, added, supportCommitted()]).when(commit({ commitmentId: 'c-2' })).then([supportCommitted({ commitmentId: 'c-2' })]);
    });
  });

  describe('refused', () => {
    it('a plan never drafted (404)', () => {
      given([]).when(commit()).thenThrows('not-found');
    });

    it('an unknown priority (404)', () => {
      given([drafted, added]).when(commit({ priorityId: 'p-9' })).thenThrows('not-found');
    });

    it('a plan whose year is closed (422)', () => {
      given([drafted, added, closed]).when(commit()).thenThrows('refused');
    });

    it('a commitment id already in the plan (409)', () => {
      given([drafted, added, supportCommitted()]).when(commit({ kind: 'central-team' })).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(['consultant', 'Central team', '', null])('kind %p', (kind) => {
      given([drafted, added]).when(commit({ kind: kind as string })).thenThrows('invalid', 'kind');
    });

    it.each<[string, Partial<CommitPlanSupport>]>([
      ['coreDays', { coreDays: -1 }],
      ['coreDays', { coreDays: 0.5 }],
      ['coreDays', { coreDays: 7 }],
      ['coreDays', { coreDays: '1' as unknown as number }],
      ['developmentDays', { developmentDays: 201 }],
      ['developmentDays', { developmentDays: Number.NaN }],
      ['reviews', { reviews: 7 }],
      ['reviews', { reviews: null as unknown as number }],
      ['coreDays', { coreDays: 0, developmentDays: 0, reviews: 0 }],
    ])('%s: %p', (field, overrides) => {
      given([drafted, added]).when(commit(overrides)).thenThrows('invalid', field);
    });

    it.each([['commitmentId', { commitmentId: '' }], ['priorityId', { priorityId: 'p 1' }]] as const)('%s', (field, overrides) => {
      given([drafted, added]).when(commit(overrides)).thenThrows('invalid', field);
    });

    it('committedBy', () => {
      given([drafted, added]).when(commit({ committedBy: { ...DIRECTOR, name: '' } })).thenThrows('invalid', 'committedBy.name');
    });
  });
});
