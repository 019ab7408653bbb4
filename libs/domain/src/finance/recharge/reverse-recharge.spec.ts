import { deciderSpec } from '../../test-support/decider-spec.js';
import {
  badTexts,
  givenRecharge as given,
  rechargeLogged,
  rechargeReversed,
} from '../test-support/finance-fixtures.js';
import { rechargeDecider } from './recharge.decider.js';
import type { ReverseRecharge } from './recharge.commands.js';

const reverse = (overrides: Partial<ReverseRecharge> = {}): ReverseRecharge => ({
  type: 'ReverseRecharge',
  rechargeId: 'r-1',
  reason: 'Logged against the wrong academy',
  ...overrides,
});

describe('ReverseRecharge', () => {
  describe('allowed', () => {
    it('reverses the whole amount in the original academic year of the recharge, dated today', () => {
      given([rechargeLogged()]).when(reverse()).then([rechargeReversed()]);
    });

    it('reverses a recharge of an earlier year in that year, whenever it is reversed', () => {
      const givenNextYear = deciderSpec(rechargeDecider, { now: new Date('2025-10-02T09:00:00Z') });
      givenNextYear([rechargeLogged()])
        .when(reverse())
        .then([rechargeReversed({ academicYear: '2024/25', reversedOn: '2025-10-02' })]);
    });

    it('reverses the trust centre income of a centrally employed provider', () => {
      given([rechargeLogged({ providerRole: 'hub-lead', providerAcademyId: null })])
        .when(reverse())
        .then([rechargeReversed({ providerAcademyId: null })]);
    });

    it('trims the reason', () => {
      given([rechargeLogged()])
        .when(reverse({ reason: '\tLogged against the wrong academy ' }))
        .then([rechargeReversed()]);
    });
  });

  describe('refused', () => {
    it('a recharge never logged (404)', () => {
      const error = given([]).when(reverse()).thenThrows('not-found');
      expect(error.message).toBe('recharge r-1 has not been logged');
    });

    it('a recharge other than the one of the stream (404)', () => {
      given([rechargeLogged()]).when(reverse({ rechargeId: 'r-2' })).thenThrows('not-found');
    });

    it('a second reversal (409)', () => {
      const error = given([rechargeLogged(), rechargeReversed()]).when(reverse()).thenThrows('conflict');
      expect(error.message).toBe('recharge r-1 was already reversed on 2025-03-15');
    });
  });

  describe('invalid', () => {
    it('rechargeId', () => {
      given([rechargeLogged()]).when(reverse({ rechargeId: 'r 1' })).thenThrows('invalid', 'rechargeId');
    });

    it.each(badTexts(2000))('reason %s', (_label, reason) => {
      given([rechargeLogged()])
        .when(reverse({ reason: reason as string }))
        .thenThrows('invalid', 'reason');
    });
  });
});
