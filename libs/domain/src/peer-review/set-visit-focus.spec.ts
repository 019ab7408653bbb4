import type { SetVisitFocus } from './peer-review-visit.commands.js';
import {
  AS_FACILITATOR,
  ASH,
  asHeadteacher,
  badTexts,
  givenVisit as given,
  OAK,
  RECORDED_AFTER_THE_FACT,
  scheduledVisit,
  VISIT_ID,
  visitFocusSet,
} from './test-support/peer-review-fixtures.js';

const setFocus = (overrides: Partial<SetVisitFocus> = {}): SetVisitFocus => ({
  type: 'SetVisitFocus',
  visitId: VISIT_ID,
  visit: scheduledVisit(),
  actor: asHeadteacher(OAK),
  aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }],
  ...overrides,
});

describe('SetVisitFocus', () => {
  describe('allowed', () => {
    it('sets one RAG rated aspect, set by the host headteacher', () => {
      given([]).when(setFocus()).then([visitFocusSet()]);
    });

    it('sets two aspects, "a maximum of two", trimmed', () => {
      const aspects = [
        { aspect: ' Phonics in Year 1 ', rag: 'amber' },
        { aspect: 'Attendance of disadvantaged pupils', rag: 'red' },
      ];
      given([])
        .when(setFocus({ aspects }))
        .then([
          visitFocusSet({
            aspects: [
              { aspect: 'Phonics in Year 1', rag: 'amber' },
              { aspect: 'Attendance of disadvantaged pupils', rag: 'red' },
            ],
          }),
        ]);
    });

    it('takes the focus of a visit recorded after the fact, whenever it is entered', () => {
      given([]).when(setFocus({ visit: RECORDED_AFTER_THE_FACT })).then([visitFocusSet()]);
    });

    it('replaces the focus set earlier, until the day before the visit', () => {
      given([visitFocusSet()])
        .when(setFocus({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'green' }] }))
        .then([visitFocusSet({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'green' }] })]);
      given([])
        .when(setFocus({ visit: scheduledVisit({ visitDate: '2025-03-13' }) }))
        .then([visitFocusSet()]);
    });
  });

  describe('no-op', () => {
    it('setting the focus it already has', () => {
      given([visitFocusSet()]).when(setFocus()).thenNothing();
    });
  });

  describe('refused', () => {
    it('a visit not in the diary (404)', () => {
      given([]).when(setFocus({ visit: null })).thenThrows('not-found');
      given([]).when(setFocus({ visitId: 'visit-2' })).thenThrows('not-found');
    });

    it('anyone but the host headteacher (403): "to be decided by the host school"', () => {
      const error = given([]).when(setFocus({ actor: asHeadteacher(ASH) })).thenThrows('forbidden');
      expect(error.message).toBe('only the host headteacher may set the focus of visit visit-1');
      given([]).when(setFocus({ actor: AS_FACILITATOR })).thenThrows('forbidden');
    });

    it.each([
      ['on the day of the visit', '2025-03-12'],
      ['after it', '2025-03-10'],
    ])('setting it %s (422)', (_label, visitDate) => {
      given([]).when(setFocus({ visit: scheduledVisit({ visitDate, scheduledOn: '2025-03-01' }) })).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each<[string, unknown, string]>([
      ['none', [], 'aspects'],
      ['three', [1, 2, 3].map((n) => ({ aspect: `Aspect ${n}`, rag: 'red' })), 'aspects'],
      ['not a list', 'Phonics', 'aspects'],
      ['an aspect that is not an object', ['Phonics'], 'aspects[0]'],
      ['a grey rating', [{ aspect: 'Phonics', rag: 'grey' }], 'aspects[0].rag'],
      ['no rating', [{ aspect: 'Phonics' }], 'aspects[0].rag'],
      ['the same aspect twice', [{ aspect: 'Phonics', rag: 'red' }, { aspect: 'phonics', rag: 'amber' }], 'aspects[1].aspect'],
    ])('aspects: %s', (_label, aspects, field) => {
      given([])
        .when(setFocus({ aspects: aspects as SetVisitFocus['aspects'] }))
        .thenThrows('invalid', field);
    });

    it.each(badTexts(500).slice(0, 3))('aspects: an aspect %s', (_label, aspect) => {
      given([])
        .when(setFocus({ aspects: [{ aspect: aspect as string, rag: 'red' }] }))
        .thenThrows('invalid', 'aspects[0].aspect');
    });

    it('headteacherId', () => {
      given([]).when(setFocus({ actor: { userId: 'ceo', headteacherId: '' } })).thenThrows('invalid', 'headteacherId');
    });

    it('visitId', () => {
      given([]).when(setFocus({ visitId: 'visit/1' })).thenThrows('invalid', 'visitId');
    });
  });
});
