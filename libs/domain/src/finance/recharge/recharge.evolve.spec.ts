import { rechargeLogged, rechargeReversed } from '../test-support/finance-fixtures.js';
import { rechargeDecider } from './recharge.decider.js';
import type { RechargeEvent } from './recharge.events.js';
import type { RechargeState } from './recharge.state.js';

const fold = (events: RechargeEvent[]): RechargeState =>
  events.reduce(rechargeDecider.evolve, rechargeDecider.initialState());

const loggedData = rechargeLogged().data;
const reversedData = rechargeReversed().data;

describe('recharge state', () => {
  it('starts not logged', () => {
    expect(fold([])).toEqual({ status: 'not-logged' });
  });

  it('is logged, then reversed for good', () => {
    expect(fold([rechargeLogged()])).toEqual({ status: 'logged', recharge: loggedData });
    expect(fold([rechargeLogged(), rechargeReversed()])).toEqual({
      status: 'reversed',
      recharge: loggedData,
      reversal: reversedData,
    });
  });

  it('ignores a reversal with nothing logged, a second logging and a second reversal', () => {
    expect(fold([rechargeReversed()])).toEqual({ status: 'not-logged' });
    expect(fold([rechargeLogged(), rechargeLogged({ days: 3 })])).toEqual({ status: 'logged', recharge: loggedData });
    expect(fold([rechargeLogged(), rechargeReversed(), rechargeReversed({ reason: 'again' })])).toEqual(
      fold([rechargeLogged(), rechargeReversed()]),
    );
  });
});
