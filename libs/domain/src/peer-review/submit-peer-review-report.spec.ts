import type { SubmitPeerReviewReport } from './peer-review-visit.commands.js';
import {
  ASH,
  asHeadteacher,
  badTexts,
  givenVisit as given,
  OAK,
  RECORDED_AFTER_THE_FACT,
  reportOverdue,
  reportSubmitted,
  VISIT_ID,
  VISITED,
  VISITED_LONG_AGO,
  visitRecorded,
} from './test-support/peer-review-fixtures.js';

const submit = (overrides: Partial<SubmitPeerReviewReport> = {}): SubmitPeerReviewReport => ({
  type: 'SubmitPeerReviewReport',
  visitId: VISIT_ID,
  visit: VISITED,
  actor: asHeadteacher(ASH),
  summary: 'Phonics is well led; reading books need aligning with the scheme.',
  ...overrides,
});

describe('SubmitPeerReviewReport', () => {
  describe('allowed', () => {
    it('records the lead headteacher\'s summary report, within the week', () => {
      given([visitRecorded()]).when(submit()).then([reportSubmitted()]);
    });

    it('records it on the due date as on time', () => {
      const visit = { ...VISITED, reportDueOn: '2025-03-12' };
      given([visitRecorded()])
        .when(submit({ visit }))
        .then([reportSubmitted({ dueOn: '2025-03-12' })]);
    });

    it('refuses a day its author names for a visit planned ahead: a late report stays late (400)', () => {
      given([visitRecorded({ visitDate: '2025-03-03' }), reportOverdue()])
        .when({ ...submit({ visit: VISITED_LONG_AGO }), submittedOn: '2025-03-05' })
        .thenThrows('invalid', 'submittedOn');
    });

    it('takes the day the report was sent for a visit recorded after the fact, on time or late', () => {
      given([visitRecorded({ visitDate: '2025-02-03' })])
        .when({ ...submit({ visit: RECORDED_AFTER_THE_FACT }), submittedOn: '2025-02-07' })
        .then([reportSubmitted({ submittedOn: '2025-02-07', dueOn: '2025-02-10', late: false })]);
      given([visitRecorded({ visitDate: '2025-02-03' })])
        .when({ ...submit({ visit: RECORDED_AFTER_THE_FACT }), submittedOn: '2025-02-12' })
        .then([reportSubmitted({ submittedOn: '2025-02-12', dueOn: '2025-02-10', late: true })]);
    });

    it.each(['2025-02-02', '2025-03-13'])('refuses %p, before the visit or in the future (400)', (submittedOn) => {
      given([visitRecorded({ visitDate: '2025-02-03' })])
        .when({ ...submit({ visit: RECORDED_AFTER_THE_FACT }), submittedOn })
        .thenThrows('invalid', 'submittedOn');
    });

    it('records a late report as late, after it was recorded overdue', () => {
      given([visitRecorded({ visitDate: '2025-03-03' }), reportOverdue()])
        .when(submit({ visit: VISITED_LONG_AGO }))
        .then([reportSubmitted({ dueOn: '2025-03-10', late: true })]);
    });
  });

  describe('refused', () => {
    it('a visit not in the diary (404)', () => {
      given([visitRecorded()]).when(submit({ visit: null })).thenThrows('not-found');
    });

    it('anyone but the lead headteacher (403)', () => {
      const error = given([visitRecorded()]).when(submit({ actor: asHeadteacher(OAK) })).thenThrows('forbidden');
      expect(error.message).toBe('only the lead headteacher may submit the summary report of visit visit-1');
    });

    it('a visit not yet recorded (422)', () => {
      given([]).when(submit()).thenThrows('refused');
    });

    it('a second report (409)', () => {
      given([visitRecorded(), reportSubmitted()]).when(submit()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(badTexts(4000))('summary %s', (_label, summary) => {
      given([visitRecorded()]).when(submit({ summary: summary as string })).thenThrows('invalid', 'summary');
    });

    it('headteacherId', () => {
      given([visitRecorded()]).when(submit({ actor: { userId: 'ceo', headteacherId: 'ht-ash ' } })).thenThrows('invalid', 'headteacherId');
    });
  });
});
