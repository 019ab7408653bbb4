import type { CheckPeerReviewReport } from './peer-review-visit.commands.js';
import {
  givenVisit as given,
  reportOverdue,
  reportSubmitted,
  RECORDED_AFTER_THE_FACT,
  VISIT_ID,
  VISITED,
  VISITED_LONG_AGO,
  visitRecorded,
} from './test-support/peer-review-fixtures.js';

const check = (overrides: Partial<CheckPeerReviewReport> = {}): CheckPeerReviewReport => ({
  type: 'CheckPeerReviewReport',
  visitId: VISIT_ID,
  visit: VISITED_LONG_AGO,
  checkedOn: '2025-03-12',
  ...overrides,
});

describe('CheckPeerReviewReport', () => {
  it('records the report overdue once the week after the visit has passed', () => {
    given([visitRecorded({ visitDate: '2025-03-03' })]).when(check()).then([reportOverdue()]);
    given([]).when(check({ checkedOn: '2025-03-11' })).then([reportOverdue({ checkedOn: '2025-03-11' })]);
  });

  describe('records nothing', () => {
    it('a second time (idempotent)', () => {
      given([reportOverdue({ checkedOn: '2025-03-11' })]).when(check()).thenNothing();
    });

    it('on or before the due date', () => {
      given([]).when(check({ checkedOn: '2025-03-10' })).thenNothing();
      given([]).when(check({ visit: VISITED })).thenNothing();
    });

    it('for a visit recorded after the fact: its report was due before the ledger knew of it', () => {
      given([visitRecorded({ visitDate: '2025-02-03' })]).when(check({ visit: RECORDED_AFTER_THE_FACT })).thenNothing();
    });

    it('when the report was submitted', () => {
      given([visitRecorded(), reportSubmitted({ submittedOn: '2025-03-08' })]).when(check()).thenNothing();
    });
  });

  it('refuses a visit not in the diary (404)', () => {
    given([]).when(check({ visit: null })).thenThrows('not-found');
  });

  it.each(['2025-03-13', 'today'])('refuses checkedOn %p', (checkedOn) => {
    given([]).when(check({ checkedOn })).thenThrows('invalid', 'checkedOn');
  });
});
