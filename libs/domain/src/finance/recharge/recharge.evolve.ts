import type { RechargeEvent } from './recharge.events.js';
import type { RechargeState } from './recharge.state.js';

export const initialRechargeState = (): RechargeState => ({ status: 'not-logged' });

export function evolveRecharge(state: RechargeState, event: RechargeEvent): RechargeState {
  switch (event.type) {
    case 'RechargeLogged':
      return state.status === 'not-logged' ? { status: 'logged', recharge: event.data } : state;
    case 'RechargeReversed':
      return state.status === 'logged' ? { status: 'reversed', recharge: state.recharge, reversal: event.data } : state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
