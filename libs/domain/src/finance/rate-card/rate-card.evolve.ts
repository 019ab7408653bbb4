import type { RateCardEvent } from './rate-card.events.js';
import type { RateCardState } from './rate-card.state.js';

export const initialRateCardState = (): RateCardState => ({ status: 'default' });

export function evolveRateCard(_state: RateCardState, event: RateCardEvent): RateCardState {
  switch (event.type) {
    case 'RateCardSet':
      return { status: 'set', rateCard: { academicYear: event.data.academicYear, rates: event.data.rates } };
    default: {
      const _exhaustive: never = event.type;
      return _exhaustive;
    }
  }
}
