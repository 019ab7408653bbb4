import type { DomainEvent, ReviewVisitScheduledData } from '@trust/domain';
import { evolvePeerReviews, initialPeerReviews, type PeerReviews } from './peer-reviews.js';

const scheduled: ReviewVisitScheduledData = {
  visitId: 'v-1',
  groupId: 'north',
  academicYear: '2024/25',
  hostAcademyId: '111111',
  hostHeadteacherId: 'ht-oak',
  leadHeadteacherId: 'ht-ash',
  reviewerIds: ['ht-elm'],
  facilitatorUserId: null,
  visitDate: '2025-03-26',
  visitNumber: 1,
  focusDueOn: '2025-03-19',
  reportDueOn: '2025-04-02',
  scheduledOn: '2025-02-03',
};
const concern = (concernId: string): DomainEvent => ({
  type: 'SafeguardingConcernFlagged',
  data: { concernId, visitId: 'v-1', hostAcademyId: '111111', visitDate: '2025-03-26', concern: 'Gate unlocked', raisedBy: { personId: 'ht-elm', role: 'reviewer' }, flaggedOn: '2025-03-26' },
});
const common = { visitId: 'v-1', hostAcademyId: '111111', visitDate: '2025-03-26' };
const observed = (personId: string, observations: string[]): DomainEvent => ({
  type: 'VisitObservationsRecorded',
  data: { ...common, recordedBy: { personId, role: 'reviewer' }, observations, recordedOn: '2025-03-26' },
});

function given(...events: DomainEvent[]): PeerReviews {
  return events.reduce((model, event, index) => evolvePeerReviews(model, event, BigInt(index + 1)), initialPeerReviews());
}

describe('the peer-reviews fold', () => {
  it('given a scheduled visit, when a concern is flagged, then the visit lists it and it is kept for escalation with its group', () => {
    const model = given({ type: 'ReviewVisitScheduled', data: scheduled }, concern('v-1-1'));
    expect(model.visits.get('v-1')).toMatchObject({ safeguardingConcerns: [{ concernId: 'v-1-1', concern: 'Gate unlocked' }], position: 2n });
    expect(model.concerns.get('v-1-1')).toMatchObject({ groupId: 'north', hostAcademyId: '111111', position: 2n });
  });

  it("given visitors' observations, when the visit is recorded held, then each record is kept in order and the held record stands alone", () => {
    const model = given(
      { type: 'ReviewVisitScheduled', data: scheduled },
      observed('ht-elm', ['Phonics well matched']),
      observed('ht-elm', ['Books matched after all']),
      { type: 'ReviewVisitRecorded', data: { ...common, recordedBy: { personId: 'ht-ash', role: 'lead' }, observations: [], feedback: 'Align books.', actionsForNextAim: [], recordedOn: '2025-03-26' } },
      { type: 'ReviewVisitRecorded', data: { ...common, recordedBy: null, observations: ['Late'], feedback: 'A second.', actionsForNextAim: [], recordedOn: '2025-03-27' } },
    );
    expect(model.visits.get('v-1')).toMatchObject({
      observations: [
        { recordedBy: { personId: 'ht-elm', role: 'reviewer' }, observations: ['Phonics well matched'], recordedOn: '2025-03-26' },
        { recordedBy: { personId: 'ht-elm', role: 'reviewer' }, observations: ['Books matched after all'], recordedOn: '2025-03-26' },
      ],
      findings: { recordedBy: { personId: 'ht-ash', role: 'lead' }, feedback: 'Align books.', actionsForNextAim: [], recordedOn: '2025-03-26' },
      position: 4n,
    });
  });

  it('given a record held from before each visitor recorded their own (v1), then its observations are a record by no one named', () => {
    const model = given(
      { type: 'ReviewVisitScheduled', data: scheduled },
      { type: 'ReviewVisitRecorded', data: { ...common, recordedBy: null, observations: ['All seen'], feedback: 'Fine.', actionsForNextAim: [], recordedOn: '2025-03-26' } },
    );
    expect(model.visits.get('v-1')).toMatchObject({
      observations: [{ recordedBy: null, observations: ['All seen'], recordedOn: '2025-03-26' }],
      findings: { recordedBy: null, feedback: 'Fine.' },
    });
  });

  it('given the report was found overdue, when it is submitted late, then the visit has the report', () => {
    const model = given(
      { type: 'ReviewVisitScheduled', data: scheduled },
      { type: 'PeerReviewReportOverdue', data: { visitId: 'v-1', hostAcademyId: '111111', leadHeadteacherId: 'ht-ash', dueOn: '2025-04-02', checkedOn: '2025-04-03' } },
      {
        type: 'PeerReviewReportSubmitted',
        data: { visitId: 'v-1', hostAcademyId: '111111', leadHeadteacherId: 'ht-ash', summary: 'Late.', submittedOn: '2025-04-04', dueOn: '2025-04-02', late: true },
      },
    );
    expect(model.visits.get('v-1')).toMatchObject({ reportOverdueOn: '2025-04-03', report: { submittedOn: '2025-04-04', late: true } });
  });

  it('given a visit event for a visit never scheduled, or an event seen already, then nothing changes', () => {
    const model = given(concern('v-9-1'));
    expect(model.visits.size).toBe(0);
    expect(model.concerns.size).toBe(0);
    const seen = given({ type: 'ReviewVisitScheduled', data: scheduled });
    expect(evolvePeerReviews(seen, concern('v-1-1'), 1n)).toBe(seen);
  });
});
