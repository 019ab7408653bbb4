/**
 * Seed 003: "Each of our academies is entitled to up to six days of improvement support ... Included within
 * these days are three Academy Improvement Meetings (AIM)". What compliance expects of each academy a year.
 */
export const AIMS_PER_YEAR = 3;
