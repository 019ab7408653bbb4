import type { Decider } from '../../shared/decider.js';
import { logRecharge } from './log-recharge.js';
import type { RechargeCommand } from './recharge.commands.js';
import type { RechargeEvent } from './recharge.events.js';
import { evolveRecharge, initialRechargeState } from './recharge.evolve.js';
import type { RechargeState } from './recharge.state.js';
import { reverseRecharge } from './reverse-recharge.js';

export const rechargeDecider: Decider<RechargeCommand, RechargeEvent, RechargeState> = {
  initialState: initialRechargeState,
  evolve: evolveRecharge,
  decide(command, state, context) {
    switch (command.type) {
      case 'LogRecharge':
        return logRecharge(command, state, context);
      case 'ReverseRecharge':
        return reverseRecharge(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
