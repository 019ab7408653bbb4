import {
  improvementPlanDecider,
  improvementPlanLookUp,
  peerReviewGroupDecider,
  peerReviewVisitDecider,
  scheduledReviewVisit,
  type VisitActor,
  type PeerReviewGroupState,
  type PeerReviewGroupEvent,
  type PeerReviewVisitCommand,
  type PeerReviewVisitEvent,
} from '@trust/domain';
import { buildDemoPeerReviews, type DemoPeerReviewGroup } from './demo-peer-reviews.js';
import { buildDemoTrust } from './demo-trust.js';

const academies = buildDemoTrust();

type DecidedEvent = PeerReviewGroupEvent | PeerReviewVisitEvent;

const SUNDAY_IN_AUGUST = '2026-08-16';
const TUESDAY_IN_MARCH = '2026-03-10';
const SATURDAY_IN_NOVEMBER = '2025-11-22';

/** Every command of the programme decided by the domain on `today`, as the API would: the events, in order. */
function decideProgramme(groups: readonly DemoPeerReviewGroup[], today: string): DecidedEvent[] {
  const now = { now: new Date(`${today}T10:00:00Z`) };
  const types: DecidedEvent[] = [];
  for (const group of groups) {
    let state: PeerReviewGroupState = peerReviewGroupDecider.initialState();
    const apply = (events: ReturnType<typeof peerReviewGroupDecider.decide>): void => {
      state = events.reduce(peerReviewGroupDecider.evolve, state);
      types.push(...events);
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
        types.push(...events);
      };
      // The loader (trust-admin) enters each on the headteacher's behalf, naming them.
      const onBehalfOf = (headteacherId: string): VisitActor => ({ userId: 'demo-loader', headteacherId });
      // The demo academies have no improvement plans: the focus is free text.
      const hostPlan = scheduled === null ? null : improvementPlanLookUp(improvementPlanDecider.initialState(), scheduled.hostAcademyId, scheduled.academicYear);
      run({ type: 'SetVisitFocus', visitId, visit: scheduled, actor: onBehalfOf(visit.hostHeadteacherId), aspects: visit.focus, hostPlan });
      for (const { headteacherId, ...record } of visit.observations) run({ type: 'RecordVisitObservations', visitId, visit: scheduled, actor: onBehalfOf(headteacherId), ...record });
      if (visit.held !== null) run({ type: 'RecordVisit', visitId, visit: scheduled, actor: onBehalfOf(visit.leadHeadteacherId), ...visit.held });
      if (visit.report !== null) run({ type: 'SubmitPeerReviewReport', visitId, visit: scheduled, actor: onBehalfOf(visit.leadHeadteacherId), ...visit.report });
    });
  }
  return types;
}

const count = (events: readonly DecidedEvent[], type: DecidedEvent['type']): number => events.filter((event) => event.type === type).length;

describe('the demo peer reviews', () => {
  describe.each([SUNDAY_IN_AUGUST, TUESDAY_IN_MARCH, SATURDAY_IN_NOVEMBER])('given the demo is loaded on %s', (today) => {
    const groups = buildDemoPeerReviews(academies, today);
    const events = decideProgramme(groups, today);

    it("then the two hubs' groups of 2024/25 visited each school three times, every visit recorded after the fact with each visitor's observations, held by its lead and reported", () => {
      const past = groups.filter((group) => group.kind === 'recorded');
      expect(past.map((group) => [group.body.name, group.body.academicYear, group.body.members.length, group.visits.length])).toEqual([
        ['North hub peer review group', '2024/25', 4, 12],
        ['Central hub peer review group', '2024/25', 4, 12],
      ]);
      const pastEvents = decideProgramme(past, today);
      expect(count(pastEvents, 'ReviewVisitScheduled')).toBe(24);
      expect(count(pastEvents, 'VisitFocusSet')).toBe(24);
      expect(count(pastEvents, 'VisitObservationsRecorded')).toBe(24 * 3);
      expect(count(pastEvents, 'ReviewVisitRecorded')).toBe(24);
      expect(count(pastEvents, 'SafeguardingConcernFlagged')).toBe(1);
      const reports = pastEvents.flatMap((event) => (event.type === 'PeerReviewReportSubmitted' ? [event.data] : []));
      expect(reports).toHaveLength(24);
      expect(reports.filter((report) => report.late)).toEqual([expect.objectContaining({ hostAcademyId: '146034', submittedOn: '2025-02-24', dueOn: '2025-02-20' }) as unknown]);
    });

    it("then the current year's diary is planned ahead of today, each host's focus set and nothing recorded yet", () => {
      const planned = groups.filter((group) => group.kind === 'planned');
      expect(planned).toHaveLength(2);
      const visits = planned.flatMap((group) => group.visits);
      expect(visits).toHaveLength(24);
      expect(visits.every((visit) => visit.visitDate > today && visit.observations.length === 0 && visit.held === null && visit.report === null)).toBe(true);
      expect(count(decideProgramme(planned, today), 'VisitFocusSet')).toBe(24);
      expect(count(events, 'ReviewVisitScheduled')).toBe(48);
    });
  });

  it("given too little of the year left for three rounds, then the diary is next year's, from September", () => {
    const planned = buildDemoPeerReviews(academies, SUNDAY_IN_AUGUST).filter((group) => group.kind === 'planned');
    expect(planned.map((group) => group.body.academicYear)).toEqual(['2026/27', '2026/27']);
    expect(planned[0]?.visits[0]?.visitDate).toBe('2026-09-08');
  });

  it('given a day in the autumn, then the diary is this year\'s, from a week ahead', () => {
    const planned = buildDemoPeerReviews(academies, SATURDAY_IN_NOVEMBER).filter((group) => group.kind === 'planned');
    expect(planned.map((group) => group.body.academicYear)).toEqual(['2025/26', '2025/26']);
    expect(planned[0]?.visits[0]?.visitDate).toBe('2025-12-01');
  });

  it('is the same past whatever the day, so its Idempotency-Keys replay the same commands', () => {
    const past = (today: string): DemoPeerReviewGroup[] => buildDemoPeerReviews(academies, today).filter((group) => group.kind === 'recorded');
    expect(past(SUNDAY_IN_AUGUST)).toEqual(past(TUESDAY_IN_MARCH));
    expect(buildDemoPeerReviews(academies, TUESDAY_IN_MARCH)).toEqual(buildDemoPeerReviews(academies, TUESDAY_IN_MARCH));
  });
});
