import type { RecordVisit } from './peer-review-visit.commands.js';
import {
  ACTIONS,
  AS_FACILITATOR,
  ASH,
  asHeadteacher,
  badTexts,
  ELM,
  FACILITATOR,
  FEEDBACK,
  givenVisit as given,
  LEAD,
  OAK,
  OBSERVATIONS,
  observationsRecorded,
  scheduledVisit,
  VISIT_ID,
  VISITED,
  visitFocusSet,
  visitRecorded,
} from './test-support/peer-review-fixtures.js';

const record = (overrides: Partial<RecordVisit> = {}): RecordVisit => ({
  type: 'RecordVisit',
  visitId: VISIT_ID,
  visit: VISITED,
  actor: asHeadteacher(ASH),
  feedback: FEEDBACK,
  actionsForNextAim: ACTIONS,
  ...overrides,
});

describe('RecordVisit: the visit held, with the lead\'s feedback and the actions for the next AIM', () => {
  describe('allowed', () => {
    it('records the lead\'s feedback and actions as theirs', () => {
      given([visitFocusSet()]).when(record()).then([visitRecorded()]);
    });

    it('records it for the facilitator, who attends every visit', () => {
      given([]).when(record({ actor: AS_FACILITATOR })).then([visitRecorded({ recordedBy: FACILITATOR })]);
    });

    it('records the recorder\'s own observations with it', () => {
      given([]).when(record({ observations: OBSERVATIONS })).then([visitRecorded({ observations: [...OBSERVATIONS] })]);
    });

    it('records it after visitors recorded their observations, and with no actions', () => {
      given([observationsRecorded()])
        .when(record({ actionsForNextAim: [] }))
        .then([visitRecorded({ actionsForNextAim: [] })]);
    });

    it('records a visit on its day', () => {
      given([])
        .when(record({ visit: scheduledVisit({ visitDate: '2025-03-12' }) }))
        .then([visitRecorded({ visitDate: '2025-03-12' })]);
    });
  });

  describe('refused', () => {
    it('the host headteacher (403): they may not record, and so whitewash, the review of their own school', () => {
      const error = given([]).when(record({ actor: asHeadteacher(OAK) })).thenThrows('forbidden');
      expect(error.message).toBe('only the lead headteacher or the facilitating improvement director may record visit visit-1 as held');
    });

    it('a visiting headteacher who does not lead it (403): they record their own observations instead', () => {
      given([]).when(record({ actor: asHeadteacher(ELM) })).thenThrows('forbidden');
    });

    it('a visit not in the diary (404)', () => {
      given([]).when(record({ visit: null })).thenThrows('not-found');
    });

    it('a visit that has not taken place yet (422)', () => {
      given([]).when(record({ visit: scheduledVisit() })).thenThrows('refused');
    });

    it('a visit already recorded held (409), by whoever recorded it', () => {
      given([visitRecorded()]).when(record()).thenThrows('conflict');
      given([visitRecorded({ recordedBy: null })]).when(record({ actor: AS_FACILITATOR })).thenThrows('conflict');
      expect(given([visitRecorded({ recordedBy: LEAD })]).when(record()).thenThrows('conflict').message).toBe(
        'visit visit-1 was already recorded held on 2025-03-12; record further observations and concerns as observations',
      );
    });
  });

  describe('invalid', () => {
    it.each(badTexts(4000))('observations: one %s', (_label, observation) => {
      given([])
        .when(record({ observations: ['Good', observation as string] }))
        .thenThrows('invalid', 'observations[1]');
    });

    it.each(badTexts(4000))('feedback %s', (_label, feedback) => {
      given([]).when(record({ feedback: feedback as string })).thenThrows('invalid', 'feedback');
    });

    it('actionsForNextAim: not a list', () => {
      given([])
        .when(record({ actionsForNextAim: 'Audit books' as unknown as string[] }))
        .thenThrows('invalid', 'actionsForNextAim');
    });

    it('actionsForNextAim: a blank action', () => {
      given([]).when(record({ actionsForNextAim: [' '] })).thenThrows('invalid', 'actionsForNextAim[0]');
    });
  });
});
