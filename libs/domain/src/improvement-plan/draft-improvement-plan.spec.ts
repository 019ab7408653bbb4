import type { DraftImprovementPlan } from './improvement-plan.commands.js';
import { ACADEMY_ID, added, closed, drafted, given, planDrafted } from './test-support/improvement-plan-fixtures.js';

const draft = (overrides: Partial<DraftImprovementPlan> = {}): DraftImprovementPlan => ({
  type: 'DraftImprovementPlan',
  academyId: ACADEMY_ID,
  academicYear: '2025/26',
  ...overrides,
});

describe('DraftImprovementPlan', () => {
  describe('allowed', () => {
    it("drafts the academy's plan for the year, dated today", () => {
      given([]).when(draft()).then([drafted]);
    });

    it('drafts the coming year’s plan, or a past year’s brought into the ledger', () => {
      given([]).when(draft({ academicYear: '2026/27' })).then([planDrafted({ academicYear: '2026/27' })]);
      given([]).when(draft({ academicYear: '2023/24' })).then([planDrafted({ academicYear: '2023/24' })]);
    });
  });

  describe('refused', () => {
    it('a second plan for the same academy and year (409)', () => {
      given([drafted]).when(draft()).thenThrows('conflict');
      given([drafted, added, closed]).when(draft()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(['12345', '', 123456])('academyId %p', (academyId) => {
      given([]).when(draft({ academyId: academyId as string })).thenThrows('invalid', 'academyId');
    });

    it.each(['2025-26', '2025/27', '25/26', ''])('academicYear %p', (academicYear) => {
      given([]).when(draft({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it('reports bad input before the duplicate', () => {
      given([drafted]).when(draft({ academicYear: '2025-26' })).thenThrows('invalid', 'academicYear');
    });
  });
});
