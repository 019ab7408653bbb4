import type { RateCard } from './rate-card.js';

/** A year's rate card: the default until one is set, then the latest set. */
export type RateCardState = { status: 'default' } | { status: 'set'; rateCard: RateCard };

/** The rate card in force for the stream's year, as LogRecharge takes it: null means the default rates. */
export function rateCardInForce(state: RateCardState): RateCard | null {
  return state.status === 'set' ? state.rateCard : null;
}
