import { RETENTION_CATEGORIES, RETENTION_CATEGORY_NAMES, type RetentionCategory } from './retention-categories.js';

/** How many years after the end of its academic year each category is kept (null: until erased on request). */
export type RetentionSchedule = Readonly<Record<RetentionCategory, number | null>>;

/** The longest retention the ledger accepts: a century is a typo, not a schedule. */
export const MAX_RETENTION_YEARS = 99;

export const DEFAULT_RETENTION_SCHEDULE: RetentionSchedule = Object.fromEntries(
  RETENTION_CATEGORY_NAMES.map((name) => [name, RETENTION_CATEGORIES[name].defaultYears]),
) as RetentionSchedule;

export class RetentionScheduleError extends Error {
  constructor(detail: string) {
    super(`RETENTION_YEARS ${detail}`);
    this.name = 'RetentionScheduleError';
  }
}

/**
 * The schedule from RETENTION_YEARS: the defaults, with each `category=years` (or `category=never`) of the
 * comma-separated setting in their place (`peer-reviews=5,aim-meetings=7`). Anything else is refused,
 * naming the setting: a schedule the ledger misread would erase records early, or never.
 */
export function parseRetentionSchedule(setting: string | undefined): RetentionSchedule {
  const schedule: Record<RetentionCategory, number | null> = { ...DEFAULT_RETENTION_SCHEDULE };
  if (setting === undefined || setting.trim() === '') return schedule;
  const seen = new Set<string>();
  for (const part of setting.split(',')) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d{1,3}|never)\s*$/.exec(part);
    if (match === null) throw new RetentionScheduleError(`must be category=years pairs separated by commas (peer-reviews=3,aim-meetings=6); "${part.trim()}" is not one`);
    const [, name, value] = match as unknown as [string, string, string];
    if (!(RETENTION_CATEGORY_NAMES as string[]).includes(name)) {
      throw new RetentionScheduleError(`names an unknown category "${name}": the categories are ${RETENTION_CATEGORY_NAMES.join(', ')}`);
    }
    if (seen.has(name)) throw new RetentionScheduleError(`names ${name} twice`);
    seen.add(name);
    const years = value === 'never' ? null : Number(value);
    if (years !== null && (years < 1 || years > MAX_RETENTION_YEARS)) throw new RetentionScheduleError(`gives ${name} ${value} years: from 1 to ${MAX_RETENTION_YEARS}, or never`);
    schedule[name as RetentionCategory] = years;
  }
  return schedule;
}
