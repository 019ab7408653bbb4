import type { Decider } from '../../shared/decider.js';
import type { RateCardCommand } from './rate-card.commands.js';
import type { RateCardEvent } from './rate-card.events.js';
import { evolveRateCard, initialRateCardState } from './rate-card.evolve.js';
import type { RateCardState } from './rate-card.state.js';
import { setRateCard } from './set-rate-card.js';

export const rateCardDecider: Decider<RateCardCommand, RateCardEvent, RateCardState> = {
  initialState: initialRateCardState,
  evolve: evolveRateCard,
  decide(command, state) {
    switch (command.type) {
      case 'SetRateCard':
        return setRateCard(command, state);
      default: {
        const _exhaustive: never = command.type;
        return _exhaustive;
      }
    }
  },
};
