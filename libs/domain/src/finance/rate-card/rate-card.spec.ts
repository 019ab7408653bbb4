import { SUPPORT_ROLES } from '../support-role.js';
import { CUSTOM_RATES, rateCardSet } from '../test-support/finance-fixtures.js';
import { rateCardDecider } from './rate-card.decider.js';
import type { RateCardEvent } from './rate-card.events.js';
import { DEFAULT_RATES, rateFor } from './rate-card.js';
import { rateCardInForce, type RateCardState } from './rate-card.state.js';

const fold = (events: RateCardEvent[]): RateCardState =>
  events.reduce(rateCardDecider.evolve, rateCardDecider.initialState());

describe('rateFor', () => {
  it.each([
    ['improvement-director', 35_000],
    ['hub-lead', 35_000],
    ['headteacher', 35_000],
    ['teacher', 25_000],
    ['support-staff', 15_000],
  ] as const)('prices a day of the %s at the seed default of %p pence when the year has no card', (role, pence) => {
    expect(rateFor(null, role)).toBe(pence);
  });

  it('prices each role from the rate card in force', () => {
    const rateCard = { academicYear: '2024/25', rates: CUSTOM_RATES };
    expect(SUPPORT_ROLES.map((role) => rateFor(rateCard, role))).toEqual([40_000, 38_000, 36_000, 26_000, 16_000]);
  });

  it('keeps the default rates even, so a half day is whole pence, and frozen', () => {
    expect(SUPPORT_ROLES.every((role) => DEFAULT_RATES[role] % 2 === 0)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RATES)).toBe(true);
  });
});

describe('rate card state', () => {
  it('is the default until a card is set, so recharges take the default rates', () => {
    expect(fold([])).toEqual({ status: 'default' });
    expect(rateCardInForce(fold([]))).toBeNull();
  });

  it('is the latest card set', () => {
    const later = { ...CUSTOM_RATES, teacher: 30_000 };
    expect(rateCardInForce(fold([rateCardSet(), rateCardSet({ rates: later })]))).toEqual({
      academicYear: '2024/25',
      rates: later,
    });
  });
});
