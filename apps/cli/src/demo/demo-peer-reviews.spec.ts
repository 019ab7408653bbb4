import {
  TERMS,
  peerReviewGroupDecider,
  peerReviewVisitDecider,
  scheduledReviewVisit,
  type VisitActor,
  type PeerReviewGroupState,
  type PeerReviewGroupEvent,
  type PeerReviewVisitCommand,
  type PeerReviewVisitEvent,
} from '@trust/domain';
import { resolveIds } from './demo-ids.js';
import { buildDemoPeerReviews, type DemoPeerReviewGroup } from './demo-peer-reviews.js';
import { buildDemoThisYear } from './demo-this-year.js';
import { buildDemoTrust } from './demo-trust.js';
import { DemoLedger } from './test-support/demo-decisions.js';

const academies = buildDemoTrust();

/** Each academy's history and its plan of the year holding `today`, as the API takes them (its report cards run to 2026): its plans' ids by key. */
function ledgersOn(today: string): Map<string, DemoLedger> {
  const thisYear = buildDemoThisYear(today);
  return new Map(
    academies.map((academy) => {
      const ledger = new DemoLedger(new Date('2026-09-01T09:00:00Z'));
      ledger.run([...academy.requests, ...(thisYear.academies.find((each) => each.academyId === academy.academyId)?.requests ?? [])]);
      return [academy.academyId, ledger];
    }),
  );
}

type DecidedEvent = PeerReviewGroupEvent | PeerReviewVisitEvent;

const SUNDAY_IN_AUGUST = '2026-08-16';
const TUESDAY_IN_MARCH = '2026-03-10';
const SATURDAY_IN_NOVEMBER = '2025-11-22';

/** Every command of the programme decided by the domain on `today`, as the API would, each host's plan from its ledger: the events, in order. */
function decideAll(groups: readonly DemoPeerReviewGroup[], today: string, ledgers: ReadonlyMap<string, DemoLedger>): DecidedEvent[] {
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
      const host = ledgers.get(visit.hostAcademyId);
      if (host === undefined) throw new Error(`no ledger of host ${visit.hostAcademyId}`);
      const hostPlan = scheduled === null ? null : host.lookUp(scheduled.hostAcademyId, scheduled.academicYear);
      run({ type: 'SetVisitFocus', visitId, visit: scheduled, actor: onBehalfOf(visit.hostHeadteacherId), aspects: resolveIds(visit.focus, host.ids), hostPlan });
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
    const groups = buildDemoPeerReviews(academies, today, buildDemoThisYear(today).plans);
    const ledgers = ledgersOn(today);
    const decideProgramme = (chosen: readonly DemoPeerReviewGroup[], day: string): DecidedEvent[] => decideAll(chosen, day, ledgers);
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

    it("then each past visit's focus names one or two of the host's 2024/25 plan priorities, rated as the host rated them that term", () => {
      const focus = events.flatMap((event) => (event.type === 'VisitFocusSet' && event.data.academicYear === '2024/25' ? [event.data] : []));
      expect(focus).toHaveLength(24);
      for (const set of focus) {
        const plan = academies.find((academy) => academy.academyId === set.hostAcademyId)?.plans.find((each) => each.academicYear === '2024/25');
        expect([1, 2]).toContain(set.aspects.length);
        for (const aspect of set.aspects) {
          const priority = plan?.priorities.find((each) => each.key === aspect.planPriorityId);
          expect(priority?.title).toBe(aspect.aspect);
          expect(Object.values(priority?.terms ?? {})).toContain(aspect.rag);
        }
      }
      expect(focus.filter((set) => set.aspects.length === 2).length).toBeGreaterThan(0);
      // The rounds of October, February and May: each rated from the term's figures.
      for (const visit of groups.filter((group) => group.kind === 'recorded').flatMap((group) => group.visits)) {
        const term = TERMS[Number(visit.key.slice(-1)) - 1] ?? 'autumn';
        const plan = academies.find((academy) => academy.academyId === visit.hostAcademyId)?.plans.find((each) => each.academicYear === '2024/25');
        const expected = visit.focus.map((aspect) => ('planPriorityId' in aspect ? plan?.priorities.find((each) => `{id:${each.key}}` === aspect.planPriorityId)?.terms[term] : undefined));
        expect(visit.focus.map((aspect) => aspect.rag)).toEqual(expected);
      }
    });

    it("then a planned visit of the year holding today names the host's plan priorities for it, and one of a year with no plans is in the host's words", () => {
      const thisYear = buildDemoThisYear(today).academicYear;
      const planned = events.flatMap((event) => (event.type === 'VisitFocusSet' && event.data.academicYear !== '2024/25' ? [event.data] : []));
      expect(planned).toHaveLength(24);
      for (const set of planned) {
        expect({ year: set.academicYear, named: set.aspects.every((aspect) => aspect.planPriorityId !== null) }).toEqual({ year: set.academicYear, named: set.academicYear === thisYear });
      }
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
