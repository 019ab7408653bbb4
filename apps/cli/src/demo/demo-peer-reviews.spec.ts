import {
  peerReviewGroupDecider,
  peerReviewVisitDecider,
  scheduledReviewVisit,
  type VisitActor,
  type PeerReviewGroupState,
  type PeerReviewVisitCommand,
} from '@trust/domain';
import { buildDemoPeerReviews, type DemoPeerReviewGroup } from './demo-peer-reviews.js';
import { buildDemoTrust } from './demo-trust.js';

const academies = buildDemoTrust();

/** Every command of the programme decided by the domain on `today`, as the API would: the events' types, in order. */
function decideProgramme(groups: readonly DemoPeerReviewGroup[], today: string): string[] {
  const now = { now: new Date(`${today}T10:00:00Z`) };
  const types: string[] = [];
  for (const group of groups) {
    let state: PeerReviewGroupState = peerReviewGroupDecider.initialState();
    const apply = (events: ReturnType<typeof peerReviewGroupDecider.decide>): void => {
      state = events.reduce(peerReviewGroupDecider.evolve, state);
      types.push(...events.map((event) => event.type));
    };
    apply(peerReviewGroupDecider.decide({ type: 'FormPeerReviewGroup', groupId: group.key, ...group.body }, state, now));
    group.visits.forEach((visit, index) => {
      const visitId = `visit-${index}`;
      apply(
        peerReviewGroupDecider.decide(
          { type: 'ScheduleReviewVisit', visitId, groupId: group.key, hostAcademyId: visit.hostAcademyId, visitDate: visit.visitDate, reviewerIds: visit.reviewerIds, leadHeadteacherId: visit.leadHeadteacherId, facilitatorUserId: 'dee' },
          state,
          now,
        ),
      );
      const scheduled = scheduledReviewVisit(state, visitId);
      let visitState = peerReviewVisitDecider.initialState();
      const run = (command: PeerReviewVisitCommand): void => {
        const events = peerReviewVisitDecider.decide(command, visitState, now);
        visitState = events.reduce(peerReviewVisitDecider.evolve, visitState);
        types.push(...events.map((event) => event.type));
      };
      // The loader (trust-admin) enters each on the headteacher's behalf, naming them.
      const onBehalfOf = (headteacherId: string): VisitActor => ({ userId: 'demo-loader', headteacherId });
      if (visit.focus !== null) run({ type: 'SetVisitFocus', visitId, visit: scheduled, actor: onBehalfOf(visit.hostHeadteacherId), aspects: visit.focus });
      for (const { headteacherId, ...record } of visit.observations) run({ type: 'RecordVisitObservations', visitId, visit: scheduled, actor: onBehalfOf(headteacherId), ...record });
      if (visit.held !== null) run({ type: 'RecordVisit', visitId, visit: scheduled, actor: onBehalfOf(visit.leadHeadteacherId), ...visit.held });
      if (visit.report !== null) run({ type: 'SubmitPeerReviewReport', visitId, visit: scheduled, actor: onBehalfOf(visit.leadHeadteacherId), ...visit.report });
    });
  }
  return types;
}

describe('the demo peer reviews', () => {
  it('given a school day, then two groups of four visit each school three times, and today\'s visit has a visitor\'s observations with one safeguarding concern, is recorded held and reported', () => {
    const today = '2026-11-23';
    const groups = buildDemoPeerReviews(academies, today);
    expect(groups.map((group) => [group.body.name, group.body.academicYear, group.body.members.length])).toEqual([
      ['North hub peer review group', '2026/27', 4],
      ['Central hub peer review group', '2026/27', 4],
    ]);
    const types = decideProgramme(groups, today);
    expect(types.filter((type) => type === 'ReviewVisitScheduled')).toHaveLength(24);
    expect(types.filter((type) => type === 'VisitFocusSet')).toHaveLength(22);
    expect(types.filter((type) => type === 'VisitObservationsRecorded')).toHaveLength(2);
    expect(types.filter((type) => type === 'ReviewVisitRecorded')).toHaveLength(2);
    expect(types.filter((type) => type === 'SafeguardingConcernFlagged')).toHaveLength(2);
    expect(types.filter((type) => type === 'PeerReviewReportSubmitted')).toHaveLength(2);
  });

  it('given a Saturday, then the diary starts on Monday and nothing is recorded yet', () => {
    const groups = buildDemoPeerReviews(academies, '2026-11-21');
    expect(groups[0]?.visits[0]?.visitDate).toBe('2026-11-23');
    const types = decideProgramme(groups, '2026-11-21');
    expect(types.filter((type) => type === 'VisitFocusSet')).toHaveLength(24);
    expect(types).not.toContain('ReviewVisitRecorded');
  });

  it('given too little of the year left for three rounds, then the programme is next year\'s, from September', () => {
    const groups = buildDemoPeerReviews(academies, '2027-06-14');
    expect(groups[0]?.body.academicYear).toBe('2027/28');
    expect(groups[0]?.visits[0]?.visitDate).toBe('2027-09-08');
    expect(decideProgramme(groups, '2027-06-14').filter((type) => type === 'ReviewVisitScheduled')).toHaveLength(24);
  });

  it('is the same programme for the same day, so its Idempotency-Keys replay', () => {
    expect(buildDemoPeerReviews(academies, '2026-11-23')).toEqual(buildDemoPeerReviews(academies, '2026-11-23'));
  });
});
