/** Seed 000, "New schools joining the Trust": due diligence identifies a school as a capacity giver or taker. */
export const BASELINE_CAPACITIES = ['giver', 'taker', 'neutral'] as const;
export type BaselineCapacity = (typeof BASELINE_CAPACITIES)[number];
