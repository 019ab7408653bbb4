import { MAX_DAYS_PER_ENTRY } from '@trust/domain';

/** How the recharge and core-day routes describe their `days`, with the domain's bound. */
export const DAYS_DESCRIPTION = `Days of support, in half days (0.5, 1, 1.5, ...): more than 0, at most ${MAX_DAYS_PER_ENTRY}.`;
