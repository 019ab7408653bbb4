import type { Decider } from '../../shared/decider.js';
import type { CoreDaysCommand } from './core-days.commands.js';
import type { CoreDaysEvent } from './core-days.events.js';
import { evolveCoreDays, initialCoreDaysState } from './core-days.evolve.js';
import type { CoreDaysState } from './core-days.state.js';
import { logCoreDay } from './log-core-day.js';

export const coreDaysDecider: Decider<CoreDaysCommand, CoreDaysEvent, CoreDaysState> = {
  initialState: initialCoreDaysState,
  evolve: evolveCoreDays,
  decide(command, state, context) {
    switch (command.type) {
      case 'LogCoreDay':
        return logCoreDay(command, state, context);
      default: {
        const _exhaustive: never = command.type;
        return _exhaustive;
      }
    }
  },
};
