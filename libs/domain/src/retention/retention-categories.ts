/**
 * What the ledger keeps, and for how long, by category of personal data. Free text and unidentified names
 * are sealed under their record's key, one per category and academic year (`records:aim-meetings:2024/25`),
 * so a category is the streams whose records it holds; a safeguarding concern is sealed under its own key, dated by the visit it was
 * raised at. A record's year is that of its event's day (`dated`), or, for a record that is a year's whatever
 * the day of each of its events (an improvement plan, drafted and amended before its year begins), the
 * academic year its events name (`named`). `null` years: kept until erased on request (retention never erases it). The database of
 * expertise is no category: its records are about no academic year (kept while offered), and its names are
 * erased with the member of staff.
 *
 * The defaults follow the school sector's usual records schedules (such as those published for schools by
 * the Information and Records Management Society): the trust's data protection officer confirms or changes
 * them with RETENTION_YEARS. docs/DATA-PROTECTION.md ("Retention") gives the reasoning of each.
 */
export const RETENTION_CATEGORIES = {
  'tier-decisions-and-evidence': {
    streams: ['academy-'],
    defaultYears: 10,
    holds: "an academy's tier rationales, KPI correction reasons, inspection, review, visit and risk notes",
    yearOfRecord: 'dated',
  },
  'aim-meetings': {
    streams: ['aim-'],
    defaultYears: 6,
    holds: "AIM attendees' names, judgements' comments, priorities, next steps, reasons for rescheduling and reports",
    yearOfRecord: 'dated',
  },
  'improvement-plans': {
    streams: ['improvement-plan-'],
    defaultYears: 6,
    holds: "improvement plans' priorities (titles, evidence, success criteria), actions' descriptions and rating comments",
    yearOfRecord: 'named',
  },
  'peer-reviews': {
    streams: ['peer-review-group-', 'peer-review-visit-'],
    defaultYears: 3,
    holds: "peer review groups' names and members' names, visits' observations, feedback, focus and reports",
    yearOfRecord: 'dated',
  },
  finance: {
    streams: ['recharge-', 'budget-', 'core-days-', 'rate-card-'],
    defaultYears: 6,
    holds: "recharges' descriptions and reversal reasons, budgets' signatories, core days' notes",
    yearOfRecord: 'dated',
  },
  'safeguarding-concerns': {
    streams: [],
    defaultYears: 25,
    holds: 'safeguarding concerns flagged at peer review visits, which may name children or adults',
    yearOfRecord: 'dated',
  },
} as const satisfies Record<string, { streams: readonly string[]; defaultYears: number | null; holds: string; yearOfRecord: 'dated' | 'named' }>;

export type RetentionCategory = keyof typeof RETENTION_CATEGORIES;

export const RETENTION_CATEGORY_NAMES = Object.keys(RETENTION_CATEGORIES) as RetentionCategory[];

/** The category whose records a stream holds, or null for a stream no category names (never erased by retention). */
export function retentionCategoryOfStream(streamId: string): RetentionCategory | null {
  for (const name of RETENTION_CATEGORY_NAMES) {
    if (RETENTION_CATEGORIES[name].streams.some((prefix: string) => streamId.startsWith(prefix))) return name;
  }
  return null;
}
