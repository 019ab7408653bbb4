import { CUSTOM_RATES, givenRateCard as given, rateCardSet } from '../test-support/finance-fixtures.js';
import type { SetRateCard } from './rate-card.commands.js';
import { DEFAULT_RATES } from './rate-card.js';

const setRateCard = (overrides: Partial<SetRateCard> = {}): SetRateCard => ({
  type: 'SetRateCard',
  academicYear: '2024/25',
  rates: CUSTOM_RATES,
  ...overrides,
});

describe('SetRateCard', () => {
  describe('allowed', () => {
    it('sets the rate card of a year that has the default', () => {
      given([]).when(setRateCard()).then([rateCardSet()]);
    });

    it('sets a card with the default rates, making them the rates of that year', () => {
      given([])
        .when(setRateCard({ rates: DEFAULT_RATES }))
        .then([rateCardSet({ rates: DEFAULT_RATES })]);
    });

    it('replaces the rates set earlier in the year', () => {
      given([rateCardSet()])
        .when(setRateCard({ rates: { ...CUSTOM_RATES, teacher: 27_000 } }))
        .then([rateCardSet({ rates: { ...CUSTOM_RATES, teacher: 27_000 } })]);
    });

    it('accepts the smallest and largest day rates', () => {
      const rates = { ...CUSTOM_RATES, 'support-staff': 2, 'improvement-director': 10_000_000 };
      given([]).when(setRateCard({ rates })).then([rateCardSet({ rates })]);
    });

    it('keeps the roles in their own order, whatever order they are sent in', () => {
      const reversed = Object.fromEntries(Object.entries(CUSTOM_RATES).reverse());
      given([]).when(setRateCard({ rates: reversed })).then([rateCardSet()]);
    });
  });

  describe('no-op', () => {
    it('changes nothing when the rates are the ones already set', () => {
      given([rateCardSet()]).when(setRateCard()).thenNothing();
    });

    it("is never the card of another year with the same rates: that year's card is its own", () => {
      given([rateCardSet({ academicYear: '2023/24' })])
        .when(setRateCard())
        .then([rateCardSet()]);
    });
  });

  describe('invalid', () => {
    it.each(['2024/26', '2024-25', ''])('academicYear %p', (academicYear) => {
      given([]).when(setRateCard({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it.each([
      ['missing', undefined],
      ['null', null],
      ['a list', [35_000]],
      ['a number', 35_000],
    ])('rates %s', (_label, rates) => {
      const error = given([])
        .when(setRateCard({ rates: rates as unknown as SetRateCard['rates'] }))
        .thenThrows('invalid', 'rates');
      expect(error.message).toBe(
        'rates: must give pence per day for each of improvement-director, hub-lead, headteacher, teacher, support-staff',
      );
    });

    it.each(['improvement-director', 'hub-lead', 'headteacher', 'teacher', 'support-staff'])(
      'a missing %s rate, naming it',
      (role) => {
        const rates: Record<string, number> = { ...CUSTOM_RATES };
        delete rates[role];
        given([]).when(setRateCard({ rates })).thenThrows('invalid', `rates.${role}`);
      },
    );

    it.each([
      ['zero', 0],
      ['negative', -35_000],
      ['fractional pence', 35_000.5],
      ['odd, so half a day would not be whole pence', 35_001],
      ['above £100,000 a day', 10_000_002],
      ['unsafe', Number.MAX_SAFE_INTEGER + 1],
      ['not a number', '35000'],
      ['NaN', Number.NaN],
    ])('a teacher rate that is %s', (_label, teacher) => {
      const error = given([])
        .when(setRateCard({ rates: { ...CUSTOM_RATES, teacher: teacher as number } }))
        .thenThrows('invalid', 'rates.teacher');
      expect(error.message).toBe(
        'rates.teacher: must be a whole, even number of pence per day (so half a day is whole pence), from 2 to 10000000',
      );
    });

    it('a role that is not on the rate card', () => {
      const error = given([])
        .when(setRateCard({ rates: { ...CUSTOM_RATES, consultant: 50_000 } }))
        .thenThrows('invalid', 'rates.consultant');
      expect(error.message).toContain('improvement-director, hub-lead, headteacher, teacher, support-staff');
    });
  });
});
