import type { RecordCommissionedReview } from '../evidence/evidence.commands.js';
import { commissionedReviewCompleted } from '../evidence/test-support/evidence-fixtures.js';
import { noPlan, planOf } from '../improvement-plan/test-support/plan-look-up-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const review = (overrides: Partial<RecordCommissionedReview> = {}): RecordCommissionedReview => ({
  type: 'RecordCommissionedReview',
  academyId: ACADEMY_ID,
  academicYear: '2024/25',
  term: 'autumn',
  completedOn: '2024-11-20',
  summary: 'Quality of education is good; early reading is a strength.',
  ...overrides,
});

/** The academy's plan for 2024/25, with its support commitment c-1 ("Commission additional reviews"). */
const plan = planOf(ACADEMY_ID, '2024/25', { commitmentIds: ['c-1'] });

describe('RecordCommissionedReview', () => {
  describe('allowed', () => {
    it('records a trust-commissioned review', () => {
      given([registered]).when(review()).then([commissionedReviewCompleted()]);
    });

    it('records termly reviews, one each term', () => {
      given([registered, commissionedReviewCompleted()])
        .when(review({ term: 'spring', completedOn: '2025-03-15' }))
        .then([commissionedReviewCompleted({ term: 'spring', completedOn: '2025-03-15' })]);
    });

    it('records the same term of another year', () => {
      given([registered, commissionedReviewCompleted()])
        .when(review({ academicYear: '2023/24', completedOn: '2023-10-02' }))
        .then([commissionedReviewCompleted({ academicYear: '2023/24', completedOn: '2023-10-02' })]);
    });

    it('accepts the first and last days of the academic year', () => {
      given([registered])
        .when(review({ academicYear: '2023/24', term: 'summer', completedOn: '2024-08-31' }))
        .then([commissionedReviewCompleted({ academicYear: '2023/24', term: 'summer', completedOn: '2024-08-31' })]);
      given([registered])
        .when(review({ completedOn: '2024-09-01' }))
        .then([commissionedReviewCompleted({ completedOn: '2024-09-01' })]);
    });

    it("names the support commitment of the academy's plan for the year that the review delivers", () => {
      given([registered]).when(review({ commitmentId: 'c-1', plan })).then([commissionedReviewCompleted({ commitmentId: 'c-1' })]);
    });

    it('names none when commitmentId is left out or null', () => {
      given([registered]).when(review({ commitmentId: null, plan })).then([commissionedReviewCompleted()]);
    });
  });

  describe('refused', () => {
    it('a second review in the same term (409)', () => {
      given([registered, commissionedReviewCompleted()])
        .when(review({ completedOn: '2024-12-01' }))
        .thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(review()).thenThrows('not-found');
    });

    it('a support commitment the plan for the year does not have (422)', () => {
      const error = given([registered]).when(review({ commitmentId: 'c-9', plan })).thenThrows('refused');
      expect(error.message).toBe('commitmentId: the improvement plan of academy 123456 for 2024/25 has no support commitment c-9');
    });

    it('a support commitment when the academy has no plan for the year (422)', () => {
      const error = given([registered]).when(review({ commitmentId: 'c-1', plan: noPlan(ACADEMY_ID, '2024/25') })).thenThrows('refused');
      expect(error.message).toBe('commitmentId: academy 123456 has no improvement plan for 2024/25, so it has no support commitment c-1');
    });

    it("a plan looked up for another year than the review's (409)", () => {
      given([registered]).when(review({ commitmentId: 'c-1', plan: planOf(ACADEMY_ID, '2023/24', { commitmentIds: ['c-1'] }) })).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(review({ academyId: '0' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2024/26', '2025/26'])('academicYear %p', (academicYear) => {
      given([registered]).when(review({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it.each(['Autumn', 'winter'])('term %p', (term) => {
      given([registered]).when(review({ term })).thenThrows('invalid', 'term');
    });

    it.each([
      ['not a date', 'November'],
      ['in the future', '2025-03-16'],
      ['before the academic year', '2024-08-31'],
      ['after the academic year', '2023-09-01'],
    ])('completedOn %s', (_label, completedOn) => {
      const academicYear = completedOn === '2023-09-01' ? '2022/23' : '2024/25';
      given([registered]).when(review({ academicYear, completedOn })).thenThrows('invalid', 'completedOn');
    });

    it('says which academic year completedOn must fall in', () => {
      const error = given([registered])
        .when(review({ completedOn: '2024-08-31' }))
        .thenThrows('invalid', 'completedOn');
      expect(error.message).toBe('completedOn: must fall in the academic year 2024/25');
    });

    it.each([[''], ['c 1'], [{}]])('commitmentId %p', (commitmentId) => {
      given([registered]).when(review({ commitmentId: commitmentId as string, plan })).thenThrows('invalid', 'commitmentId');
    });

    it.each(badTexts(4000))('summary %s', (_label, summary) => {
      given([registered])
        .when(review({ summary: summary as string }))
        .thenThrows('invalid', 'summary');
    });
  });
});
