import type { RecordVisit } from './peer-review-visit.commands.js';
import {
  ACTIONS,
  badTexts,
  concernFlagged,
  FEEDBACK,
  givenVisit as given,
  OBSERVATIONS,
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
  observations: OBSERVATIONS,
  feedback: FEEDBACK,
  actionsForNextAim: ACTIONS,
  safeguardingConcerns: [],
  ...overrides,
});

describe('RecordVisit', () => {
  describe('allowed', () => {
    it('records the observations, feedback and actions for the next AIM', () => {
      given([visitFocusSet()]).when(record()).then([visitRecorded()]);
    });

    it('records a visit with no focus set and no actions', () => {
      given([]).when(record({ actionsForNextAim: [] })).then([visitRecorded({ actionsForNextAim: [] })]);
    });

    it('records a visit on its day', () => {
      given([])
        .when(record({ visit: scheduledVisit({ visitDate: '2025-03-12' }) }))
        .then([visitRecorded({ visitDate: '2025-03-12' })]);
    });

    it('flags each safeguarding concern for escalation: "particularly those of a safeguarding nature"', () => {
      given([])
        .when(
          record({
            safeguardingConcerns: [
              ' Side gate left unlocked during the school day ',
              'Visitors not signed in at reception',
            ],
          }),
        )
        .then([
          visitRecorded(),
          concernFlagged(),
          concernFlagged({ concernId: 'visit-1-2', concern: 'Visitors not signed in at reception' }),
        ]);
    });
  });

  describe('refused', () => {
    it('a visit not in the diary (404)', () => {
      given([]).when(record({ visit: null })).thenThrows('not-found');
    });

    it('a visit that has not taken place yet (422)', () => {
      given([]).when(record({ visit: scheduledVisit() })).thenThrows('refused');
    });

    it('a visit already recorded (409)', () => {
      given([visitRecorded()]).when(record()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it('observations: none', () => {
      given([]).when(record({ observations: [] })).thenThrows('invalid', 'observations');
    });

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

    it('safeguardingConcerns: missing, or a blank concern', () => {
      given([])
        .when(record({ safeguardingConcerns: undefined as unknown as string[] }))
        .thenThrows('invalid', 'safeguardingConcerns');
      given([]).when(record({ safeguardingConcerns: [''] })).thenThrows('invalid', 'safeguardingConcerns[0]');
    });
  });
});
