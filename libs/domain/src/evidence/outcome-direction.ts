/** Whether an academic year's outcomes moved the right way (seed 000: "Positive outcome trend", "Negative outcome"). */
export const OUTCOME_DIRECTIONS = ['positive', 'negative'] as const;
export type OutcomeDirection = (typeof OUTCOME_DIRECTIONS)[number];
