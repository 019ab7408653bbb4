/** One academy's core days in one academic year: how many it has used. */
export type CoreDaysState = { daysUsed: number };
