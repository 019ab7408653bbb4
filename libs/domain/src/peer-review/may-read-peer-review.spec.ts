import { mayReadPeerReview, type PeerReviewReader } from './may-read-peer-review.js';
import { ASH, ELM, OAK, scheduledVisit } from './test-support/peer-review-fixtures.js';

// Oak hosts; Ash leads; Elm reviews; Birch is in the group but not on this visit.
const visit = scheduledVisit({ reviewerIds: [ELM.headteacherId] });

const reader = (overrides: Partial<PeerReviewReader> = {}): PeerReviewReader => ({
  userId: 'user-1',
  roles: [],
  academies: [],
  ...overrides,
});

describe('mayReadPeerReview: "sent to the attendees, the CEO and the chair of governors"', () => {
  it.each<[string, PeerReviewReader]>([
    ['the host headteacher', reader({ roles: ['headteacher'], academies: [OAK.academyId], headteacherId: OAK.headteacherId })],
    ['the lead headteacher', reader({ roles: ['headteacher'], academies: [ASH.academyId], headteacherId: ASH.headteacherId })],
    ['a reviewing headteacher', reader({ roles: ['headteacher'], academies: [ELM.academyId], headteacherId: ELM.headteacherId })],
    ['the facilitating improvement director', reader({ userId: 'user-aid', roles: ['improvement-director'] })],
    ['the chief executive (trust-admin)', reader({ roles: ['trust-admin'] })],
    ["the host academy's chair of governors", reader({ roles: ['governor'], academies: [OAK.academyId] })],
  ])('lets %s read it', (_label, who) => {
    expect(mayReadPeerReview(visit, who)).toBe(true);
  });

  it.each<[string, PeerReviewReader]>([
    ['a headteacher of the group who was not there', reader({ roles: ['headteacher'], academies: ['444444'], headteacherId: 'ht-birch' })],
    ['the host headteacher without their headteacher id', reader({ roles: ['headteacher'], academies: [OAK.academyId] })],
    ['a headteacher whose id is null', reader({ roles: ['headteacher'], headteacherId: null })],
    ['an improvement director who did not facilitate it', reader({ userId: 'user-hil', roles: ['improvement-director'] })],
    ['a governor of a reviewing school', reader({ roles: ['governor'], academies: [ELM.academyId] })],
    ['a School Improvement Partner of the host', reader({ roles: ['sip'], academies: [OAK.academyId] })],
    ['the standards committee', reader({ roles: ['standards-committee'] })],
    ['finance', reader({ roles: ['finance'] })],
    ['a user with no roles', reader()],
  ])('keeps it from %s', (_label, who) => {
    expect(mayReadPeerReview(visit, who)).toBe(false);
  });

  it('lets no one in by user id when no facilitator was named', () => {
    expect(mayReadPeerReview(scheduledVisit({ facilitatorUserId: null }), reader({ userId: 'user-aid' }))).toBe(false);
  });
});
