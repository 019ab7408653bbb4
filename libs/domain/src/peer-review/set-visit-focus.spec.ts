import { noPlan, planOf } from '../improvement-plan/test-support/plan-look-up-fixtures.js';
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
  TODAY,
  VISIT_ID,
  visitFocusSet,
} from './test-support/peer-review-fixtures.js';

const setFocus = (overrides: Partial<SetVisitFocus> = {}): SetVisitFocus => ({
  type: 'SetVisitFocus',
  visitId: VISIT_ID,
  visit: scheduledVisit(),
  actor: asHeadteacher(OAK),
  aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }],
  hostPlan: noPlan(OAK.academyId, '2024/25'),
  ...overrides,
});

/** The host's plan for the visit's year 2024/25: writing (p-1) and attendance (p-2). */
const hostPlan = planOf(OAK.academyId, '2024/25');
const WRITING = 'Raise attainment in Key Stage 2 writing';
const ATTENDANCE = 'Improve attendance of disadvantaged pupils';

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
              { aspect: 'Phonics in Year 1', rag: 'amber', planPriorityId: null },
              { aspect: 'Attendance of disadvantaged pupils', rag: 'red', planPriorityId: null },
            ],
          }),
        ]);
    });

    it('takes the focus of a visit recorded after the fact, whenever it is entered, rated a week before the visit', () => {
      // Seed 003: the host rates the priorities in focus a week before; entered today, the rating is dated then.
      given([]).when(setFocus({ visit: RECORDED_AFTER_THE_FACT })).then([visitFocusSet({ ratedOn: '2025-01-27' })]);
    });

    it('dates the rating the day the focus is set, when set before the visit (a week before, or later)', () => {
      given([]).when(setFocus({ visit: scheduledVisit({ visitDate: '2025-03-13', focusDueOn: '2025-03-06' }) })).then([visitFocusSet({ ratedOn: TODAY })]);
    });

    it('replaces the focus set earlier, until the day before the visit', () => {
      given([visitFocusSet()])
        .when(setFocus({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'green' }] }))
        .then([visitFocusSet({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'green', planPriorityId: null }] })]);
      given([])
        .when(setFocus({ visit: scheduledVisit({ visitDate: '2025-03-13' }) }))
        .then([visitFocusSet()]);
    });

    it("names one or two priorities of the host's plan for the visit's year, under their titles: the host's rating of them", () => {
      given([])
        .when(setFocus({ aspects: [{ rag: 'amber', planPriorityId: 'p-2' }], hostPlan }))
        .then([visitFocusSet({ aspects: [{ aspect: ATTENDANCE, rag: 'amber', planPriorityId: 'p-2' }] })]);
      given([])
        .when(
          setFocus({
            aspects: [
              { aspect: WRITING.toUpperCase(), rag: 'red', planPriorityId: 'p-1' },
              { rag: 'green', planPriorityId: 'p-2' },
            ],
            hostPlan,
          }),
        )
        .then([
          visitFocusSet({
            aspects: [
              { aspect: WRITING, rag: 'red', planPriorityId: 'p-1' },
              { aspect: ATTENDANCE, rag: 'green', planPriorityId: 'p-2' },
            ],
          }),
        ]);
    });

    it('replaces a free-text focus with the same words naming the plan priority, once the host has a plan', () => {
      given([visitFocusSet({ aspects: [{ aspect: WRITING, rag: 'amber', planPriorityId: null }] })])
        .when(setFocus({ aspects: [{ rag: 'amber', planPriorityId: 'p-1' }], hostPlan }))
        .then([visitFocusSet({ aspects: [{ aspect: WRITING, rag: 'amber', planPriorityId: 'p-1' }] })]);
    });
  });

  describe('no-op', () => {
    it('setting the focus it already has', () => {
      given([visitFocusSet()]).when(setFocus()).thenNothing();
    });

    it('naming again the plan priorities it already has in focus, with the same ratings', () => {
      given([visitFocusSet({ aspects: [{ aspect: WRITING, rag: 'amber', planPriorityId: 'p-1' }] })])
        .when(setFocus({ aspects: [{ rag: 'amber', planPriorityId: 'p-1' }], hostPlan }))
        .thenNothing();
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

    describe('(422) seed 003: visits focus "on one, or a maximum of two aspects of the Academy Improvement Plan"', () => {
      it("a priority that is not in the host's plan for the visit's year", () => {
        const error = given([])
          .when(setFocus({ aspects: [{ rag: 'amber', planPriorityId: 'p-1' }, { rag: 'red', planPriorityId: 'p-9' }], hostPlan }))
          .thenThrows('refused');
        expect(error.message).toBe('aspects[1].planPriorityId: the improvement plan of academy 111111 for 2024/25 has no priority p-9');
      });

      it('a priority named when the host has no plan for the year', () => {
        const error = given([]).when(setFocus({ aspects: [{ rag: 'amber', planPriorityId: 'p-1' }] })).thenThrows('refused');
        expect(error.message).toBe('aspects[0].planPriorityId: academy 111111 has no improvement plan for 2024/25, so it has no priority p-1');
      });

      it('a free-text aspect when the host has a plan for the year', () => {
        const error = given([]).when(setFocus({ hostPlan })).thenThrows('refused');
        expect(error.message).toBe(
          'aspects[0].planPriorityId: academy 111111 has an improvement plan for 2024/25, so each of the aspects names ' +
            'one of its priorities by its id',
        );
      });

      it('a text that is not the title of the priority it names', () => {
        const error = given([])
          .when(setFocus({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber', planPriorityId: 'p-1' }], hostPlan }))
          .thenThrows('refused');
        expect(error.message).toBe(
          `aspects[0].aspect: priority p-1 of the plan is titled "${WRITING}", not "Phonics in Year 1"; leave the text out to take its title`,
        );
      });
    });

    it("a plan looked up of another academy than the host (409)", () => {
      given([]).when(setFocus({ hostPlan: planOf('222222', '2024/25') })).thenThrows('conflict');
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
      ['neither a text nor a plan priority', [{ rag: 'red' }], 'aspects[0].aspect'],
      ['a plan priority id that is not text', [{ rag: 'red', planPriorityId: ['p-1'] }], 'aspects[0].planPriorityId'],
      ['the same plan priority twice', [{ rag: 'red', planPriorityId: 'p-1' }, { rag: 'amber', planPriorityId: 'p-1' }], 'aspects[1].planPriorityId'],
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
