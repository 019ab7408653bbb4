import type { RecordVisitObservations } from './peer-review-visit.commands.js';
import {
  AS_FACILITATOR,
  ASH,
  asHeadteacher,
  badTexts,
  concernFlagged,
  ELM,
  FACILITATOR,
  givenVisit as given,
  LEAD,
  OAK,
  OBSERVATIONS,
  observationsRecorded,
  reportSubmitted,
  scheduledVisit,
  VISIT_ID,
  VISITED,
  visitRecorded,
} from './test-support/peer-review-fixtures.js';

const record = (overrides: Partial<RecordVisitObservations> = {}): RecordVisitObservations => ({
  type: 'RecordVisitObservations',
  visitId: VISIT_ID,
  visit: VISITED,
  actor: asHeadteacher(ELM),
  observations: OBSERVATIONS,
  safeguardingConcerns: [],
  ...overrides,
});

const GATE = 'Side gate left unlocked during the school day';
const SIGN_IN = 'Visitors not signed in at reception';

describe('RecordVisitObservations: each visitor records their own', () => {
  describe('allowed', () => {
    it('records a visiting headteacher\'s observations as theirs', () => {
      given([]).when(record()).then([observationsRecorded()]);
    });

    it('records the lead\'s and the facilitator\'s as theirs', () => {
      given([]).when(record({ actor: asHeadteacher(ASH) })).then([observationsRecorded({ recordedBy: LEAD })]);
      given([]).when(record({ actor: AS_FACILITATOR })).then([observationsRecorded({ recordedBy: FACILITATOR })]);
    });

    it('flags each safeguarding concern, raised by the visitor, for escalation', () => {
      given([])
        .when(record({ safeguardingConcerns: [` ${GATE} `, SIGN_IN] }))
        .then([observationsRecorded(), concernFlagged(), concernFlagged({ concernId: 'visit-1-2', concern: SIGN_IN })]);
    });

    it('flags a concern on its own, with no observations', () => {
      given([]).when(record({ observations: [], safeguardingConcerns: [GATE] })).then([concernFlagged()]);
      given([]).when(record({ observations: undefined, safeguardingConcerns: [GATE] })).then([concernFlagged()]);
    });

    it('takes several visitors\' records, each its own, whatever was recorded first', () => {
      given([observationsRecorded(), concernFlagged()])
        .when(record({ actor: asHeadteacher(ASH), safeguardingConcerns: [SIGN_IN] }))
        .then([observationsRecorded({ recordedBy: LEAD }), concernFlagged({ concernId: 'visit-1-2', concern: SIGN_IN, raisedBy: LEAD })]);
    });

    it('takes a second record from the same visitor: appended, the first kept', () => {
      given([observationsRecorded()])
        .when(record({ observations: ['Year 2 books matched after all'] }))
        .then([observationsRecorded({ observations: ['Year 2 books matched after all'] })]);
    });

    it('flags a concern raised after the visit was recorded held, and after its report', () => {
      given([visitRecorded(), reportSubmitted()])
        .when(record({ observations: [], safeguardingConcerns: [GATE] }))
        .then([concernFlagged()]);
    });

    it('numbers concerns on from those flagged before, v1 ones included', () => {
      given([concernFlagged({ raisedBy: null }), concernFlagged({ concernId: 'visit-1-2', raisedBy: null })])
        .when(record({ observations: [], safeguardingConcerns: [GATE] }))
        .then([concernFlagged({ concernId: 'visit-1-3' })]);
    });
  });

  describe('refused', () => {
    it('the host headteacher (403): they record nothing about their own school', () => {
      const error = given([]).when(record({ actor: asHeadteacher(OAK), safeguardingConcerns: [GATE] })).thenThrows('forbidden');
      expect(error.message).toBe(
        'only the lead headteacher or a visiting headteacher or the facilitating improvement director may record observations and safeguarding concerns on visit visit-1',
      );
    });

    it('anyone not on the visit (403)', () => {
      given([]).when(record({ actor: { userId: 'ht-birch', headteacherId: 'ht-birch' } })).thenThrows('forbidden');
      given([]).when(record({ actor: { userId: 'user-hil', headteacherId: null } })).thenThrows('forbidden');
    });

    it('a visit not in the diary (404)', () => {
      given([]).when(record({ visit: null })).thenThrows('not-found');
    });

    it('a visit that has not taken place yet (422)', () => {
      given([]).when(record({ visit: scheduledVisit() })).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it('neither an observation nor a concern', () => {
      given([]).when(record({ observations: [], safeguardingConcerns: [] })).thenThrows('invalid', 'observations');
      given([]).when(record({ observations: undefined, safeguardingConcerns: undefined })).thenThrows('invalid', 'observations');
    });

    it.each(badTexts(4000))('observations: one %s', (_label, observation) => {
      given([]).when(record({ observations: ['Good', observation as string] })).thenThrows('invalid', 'observations[1]');
    });

    it.each(badTexts(4000))('safeguardingConcerns: one %s', (_label, concern) => {
      given([]).when(record({ safeguardingConcerns: [concern as string] })).thenThrows('invalid', 'safeguardingConcerns[0]');
    });

    it('lists that are not lists, or too long', () => {
      given([]).when(record({ observations: 'Good' as unknown as string[] })).thenThrows('invalid', 'observations');
      given([]).when(record({ observations: Array.from({ length: 51 }, () => 'Seen') })).thenThrows('invalid', 'observations');
      given([]).when(record({ safeguardingConcerns: Array.from({ length: 21 }, () => GATE) })).thenThrows('invalid', 'safeguardingConcerns');
    });

    it('a headteacher id with surrounding spaces', () => {
      given([]).when(record({ actor: { userId: 'ceo', headteacherId: 'ht-elm ' } })).thenThrows('invalid', 'headteacherId');
    });
  });
});
