import type { RecordSipVisit } from '../evidence/evidence.commands.js';
import { sipAssigned, sipVisitRecorded } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const visit = (overrides: Partial<RecordSipVisit> = {}): RecordSipVisit => ({
  type: 'RecordSipVisit',
  academyId: ACADEMY_ID,
  visitedOn: '2024-10-03',
  reportSummary: 'Reading priorities are the right ones and are well evidenced.',
  ...overrides,
});

describe('RecordSipVisit', () => {
  describe('allowed', () => {
    it("records a visit by the academy's partner", () => {
      given([registered, sipAssigned()]).when(visit()).then([sipVisitRecorded()]);
    });

    it('records visits on other days, and a visit today', () => {
      given([registered, sipAssigned(), sipVisitRecorded()])
        .when(visit({ visitedOn: '2025-03-15' }))
        .then([sipVisitRecorded({ visitedOn: '2025-03-15' })]);
    });

    it('credits the visit to the partner assigned now', () => {
      given([registered, sipAssigned(), sipAssigned({ sipId: 'sip-9', name: 'Sam Reed' })])
        .when(visit())
        .then([sipVisitRecorded({ sipId: 'sip-9' })]);
    });
  });

  describe('refused', () => {
    it('a visit when no partner is assigned (422)', () => {
      given([registered]).when(visit()).thenThrows('refused');
    });

    it('a second visit on the same day (409)', () => {
      given([registered, sipAssigned(), sipVisitRecorded()]).when(visit({ reportSummary: 'Again' })).thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(visit()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered, sipAssigned()]).when(visit({ academyId: '12 456' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2024-10-3', '2025-03-16'])('visitedOn %p', (visitedOn) => {
      given([registered, sipAssigned()]).when(visit({ visitedOn })).thenThrows('invalid', 'visitedOn');
    });

    it.each(badTexts(4000))('reportSummary %s', (_label, reportSummary) => {
      given([registered, sipAssigned()])
        .when(visit({ reportSummary: reportSummary as string }))
        .thenThrows('invalid', 'reportSummary');
    });

    it('reports bad input before the missing partner', () => {
      given([registered]).when(visit({ visitedOn: 'soon' })).thenThrows('invalid', 'visitedOn');
    });
  });
});
