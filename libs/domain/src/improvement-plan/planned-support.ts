import { DomainError } from '../shared/domain-error.js';
import { CORE_DAYS_PER_YEAR } from '../finance/core-days/core-days-entitlement.js';
import { MAX_DAYS_PER_ENTRY } from '../finance/support-days.js';

/** What a support commitment plans for its priority, in whole days and reviews. */
export type PlannedSupport = {
  /** Core days of the improvement director (seed 003: "up to six days of improvement support"), not recharged. */
  coreDays: number;
  /** Academy Development Days beyond the core days, recharged to the academy. */
  developmentDays: number;
  /** Reviews the trust commissions (seed 000: "Commission additional reviews"). */
  reviews: number;
};

/** A review each half term: more than the termly reviews of Tier 3, which is the most often seed 000 names. */
export const MAX_PLANNED_REVIEWS = 6;

/** Whole, non-negative numbers, each within its bound, at least one of them more than 0. */
export function parsePlannedSupport(input: { coreDays: unknown; developmentDays: unknown; reviews: unknown }): PlannedSupport {
  const planned = {
    coreDays: parseCount(input.coreDays, 'coreDays', CORE_DAYS_PER_YEAR),
    developmentDays: parseCount(input.developmentDays, 'developmentDays', MAX_DAYS_PER_ENTRY),
    reviews: parseCount(input.reviews, 'reviews', MAX_PLANNED_REVIEWS),
  };
  if (planned.coreDays === 0 && planned.developmentDays === 0 && planned.reviews === 0) {
    throw DomainError.invalid('coreDays', 'a commitment plans at least one core day, development day or review');
  }
  return planned;
}

function parseCount(input: unknown, field: string, max: number): number {
  if (typeof input !== 'number' || !Number.isInteger(input) || input < 0 || input > max) {
    throw DomainError.invalid(field, `must be a whole number from 0 to ${max}`);
  }
  return input;
}
