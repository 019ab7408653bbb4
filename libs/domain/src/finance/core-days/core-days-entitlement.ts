/**
 * Seed 003: "Each of our academies is entitled to up to six days of improvement support ... Included
 * within these days are three Academy Improvement Meetings". Days beyond them are Academy Development
 * Days, which are recharged.
 */
export const CORE_DAYS_PER_YEAR = 6;
