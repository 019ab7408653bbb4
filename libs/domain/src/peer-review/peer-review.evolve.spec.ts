import { peerReviewGroupDecider } from './peer-review-group.decider.js';
import type { PeerReviewGroupEvent } from './peer-review-group.events.js';
import { scheduledReviewVisit, type PeerReviewGroupState } from './peer-review-group.state.js';
import { peerReviewVisitDecider } from './peer-review-visit.decider.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';
import type { PeerReviewVisitState } from './peer-review-visit.state.js';
import {
  concernFlagged,
  formed,
  groupFormed,
  observationsRecorded,
  reportOverdue,
  reportSubmitted,
  scheduledVisit,
  visitFocusSet,
  visitRecorded,
  visitScheduled,
} from './test-support/peer-review-fixtures.js';

const foldGroup = (events: PeerReviewGroupEvent[]): PeerReviewGroupState =>
  events.reduce(peerReviewGroupDecider.evolve, peerReviewGroupDecider.initialState());

const foldVisit = (events: PeerReviewVisitEvent[]): PeerReviewVisitState =>
  events.reduce(peerReviewVisitDecider.evolve, peerReviewVisitDecider.initialState());

describe('peer review group state', () => {
  it('starts not formed, and ignores a visit before the group is formed', () => {
    expect(foldGroup([])).toEqual({ status: 'not-formed' });
    expect(foldGroup([visitScheduled()])).toEqual({ status: 'not-formed' });
  });

  it('keeps the first formation and the first scheduling of each visit', () => {
    const state = foldGroup([
      formed,
      groupFormed({ leadHeadteacherId: 'ht-oak' }),
      visitScheduled(),
      visitScheduled({ visitDate: '2025-04-02' }),
    ]);
    expect(state).toMatchObject({ status: 'formed', leadHeadteacherId: 'ht-ash' });
    expect(scheduledReviewVisit(state, 'visit-1')).toEqual(scheduledVisit());
  });

  it('looks up no visit in an unformed group, nor an unknown visit', () => {
    expect(scheduledReviewVisit(foldGroup([]), 'visit-1')).toBeNull();
    expect(scheduledReviewVisit(foldGroup([formed, visitScheduled()]), 'visit-2')).toBeNull();
  });
});

describe('peer review visit state', () => {
  it('starts with nothing set, recorded or reported', () => {
    expect(foldVisit([])).toEqual({
      focus: null,
      recordedOn: null,
      reportSubmittedOn: null,
      reportOverdueRecorded: false,
      concernsFlagged: 0,
    });
  });

  it('takes the latest focus, the first record and report, the overdue flag, and counts the concerns', () => {
    expect(
      foldVisit([
        visitFocusSet(),
        visitFocusSet({ aspects: [{ aspect: 'Writing', rag: 'red', planPriorityId: null }] }),
        observationsRecorded(),
        visitRecorded(),
        visitRecorded({ recordedOn: '2025-03-13' }),
        concernFlagged(),
        concernFlagged({ concernId: 'visit-1-2', raisedBy: null }),
        observationsRecorded({ recordedOn: '2025-03-13' }),
        reportOverdue(),
        reportSubmitted(),
        reportSubmitted({ submittedOn: '2025-03-13' }),
      ]),
    ).toEqual({
      focus: [{ aspect: 'Writing', rag: 'red', planPriorityId: null }],
      recordedOn: '2025-03-12',
      reportSubmittedOn: '2025-03-12',
      reportOverdueRecorded: true,
      concernsFlagged: 2,
    });
  });
});
