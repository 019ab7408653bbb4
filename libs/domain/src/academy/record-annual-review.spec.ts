import type { RecordAnnualReview } from '../evidence/evidence.commands.js';
import { annualReviewRecorded } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const review = (overrides: Partial<RecordAnnualReview> = {}): RecordAnnualReview => ({
  type: 'RecordAnnualReview',
  academyId: ACADEMY_ID,
  academicYear: '2023/24',
  capacityToImprove: true,
  summary: 'Leaders know the school well and have secured improvement in reading.',
  ...overrides,
});

describe('RecordAnnualReview', () => {
  describe('allowed', () => {
    it('records a review finding capacity to improve', () => {
      given([registered]).when(review()).then([annualReviewRecorded()]);
    });

    it('records a review finding no capacity to improve', () => {
      given([registered])
        .when(review({ capacityToImprove: false }))
        .then([annualReviewRecorded({ capacityToImprove: false })]);
    });

    it('records the review of the current academic year, and of another year beside an earlier one', () => {
      given([registered])
        .when(review({ academicYear: '2024/25' }))
        .then([annualReviewRecorded({ academicYear: '2024/25' })]);
      given([registered, annualReviewRecorded()])
        .when(review({ academicYear: '2022/23' }))
        .then([annualReviewRecorded({ academicYear: '2022/23' })]);
    });

    it('trims the summary', () => {
      given([registered])
        .when(review({ summary: '  Strong leadership. \n' }))
        .then([annualReviewRecorded({ summary: 'Strong leadership.' })]);
    });
  });

  describe('refused', () => {
    it('a second review of the same year (409)', () => {
      given([registered, annualReviewRecorded()])
        .when(review({ capacityToImprove: false }))
        .thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(review()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(review({ academyId: 'x' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2023/25', '2023-24', '2025/26'])('academicYear %p', (academicYear) => {
      given([registered]).when(review({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it('says a future academic year is refused because it is in the future', () => {
      const error = given([registered])
        .when(review({ academicYear: '2025/26' }))
        .thenThrows('invalid', 'academicYear');
      expect(error.message).toBe('academicYear: must not be a future academic year (the current one is 2024/25)');
    });

    it.each([['true'], [1], [null], [undefined]])('capacityToImprove %p', (capacityToImprove) => {
      given([registered])
        .when(review({ capacityToImprove: capacityToImprove as unknown as boolean }))
        .thenThrows('invalid', 'capacityToImprove');
    });

    it.each(badTexts(4000))('summary %s', (_label, summary) => {
      given([registered])
        .when(review({ summary: summary as string }))
        .thenThrows('invalid', 'summary');
    });
  });
});
