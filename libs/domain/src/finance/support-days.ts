import { DomainError } from '../shared/domain-error.js';

/** The most days one entry may log: a whole year of school days, far beyond any real piece of support. */
export const MAX_DAYS_PER_ENTRY = 200;

/**
 * A number of days of support: more than 0, in half days (docs/DOMAIN.md: half days are allowed), at most
 * MAX_DAYS_PER_ENTRY. Halves are exact in binary, so sums of them stay exact.
 */
export function parseSupportDays(input: unknown, field: string): number {
  if (
    typeof input !== 'number' ||
    !Number.isFinite(input) ||
    input <= 0 ||
    input > MAX_DAYS_PER_ENTRY ||
    !Number.isInteger(input * 2)
  ) {
    throw DomainError.invalid(
      field,
      `must be a number of days in half days (0.5, 1, 1.5, ...), more than 0 and at most ${MAX_DAYS_PER_ENTRY}`,
    );
  }
  return input;
}

/** "1 day", "0.5 days", "2.5 days". */
export function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
