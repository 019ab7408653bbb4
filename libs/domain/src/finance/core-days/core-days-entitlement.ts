/**
 * Seed 003: "Each of our academies is entitled to up to six days of improvement support ... Included
 * within these days are three Academy Improvement Meetings". Days beyond them are Academy Development
 * Days, which are recharged.
 */
export const CORE_DAYS_PER_YEAR = 6;

/**
 * What is left of an academy's core days in a year once the days logged and its AIMs' days (scheduled or
 * held) are taken: what LogCoreDay accepts, and what a form shows before logging. Negative never arises
 * from logged days alone, but AIMs scheduled after days were logged may take it below zero.
 */
export function coreDaysLeft(daysLogged: number, aimDays: number): number {
  return CORE_DAYS_PER_YEAR - daysLogged - aimDays;
}
