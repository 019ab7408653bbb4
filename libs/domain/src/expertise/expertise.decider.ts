import type { Decider } from '../shared/decider.js';
import type { ExpertiseCommand } from './expertise.commands.js';
import type { ExpertiseEvent } from './expertise.events.js';
import { evolveExpertise, initialExpertiseState } from './expertise.evolve.js';
import type { ExpertiseState } from './expertise.state.js';
import { registerExpertise } from './register-expertise.js';
import { updateExpertise } from './update-expertise.js';
import { withdrawExpertise } from './withdraw-expertise.js';

/** One member of staff's entry in the database of expertise (`expertise-<staffId>`). */
export const expertiseDecider: Decider<ExpertiseCommand, ExpertiseEvent, ExpertiseState> = {
  initialState: initialExpertiseState,
  evolve: evolveExpertise,
  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterExpertise':
        return registerExpertise(command, state, context);
      case 'UpdateExpertise':
        return updateExpertise(command, state, context);
      case 'WithdrawExpertise':
        return withdrawExpertise(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
