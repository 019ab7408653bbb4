/**
 * Seed 003, "Our Agreement": "To make three visits per year to each school in the group, focussing on one,
 * or a maximum of two aspects of the Academy Improvement Plan, to be decided by the host school."
 */
export const VISITS_PER_HOST_PER_YEAR = 3;

export const MAX_FOCUS_ASPECTS = 2;

/** "One week prior to the meeting, the Host Headteacher will RAG rate the Academy Improvement Plan priorities". */
export const FOCUS_DUE_DAYS_BEFORE = 7;

/** "A short summary report will be completed by the Lead Headteacher within a week of the visit". */
export const REPORT_DUE_DAYS_AFTER = 7;
