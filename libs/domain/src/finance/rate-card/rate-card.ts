import type { SupportRole } from '../support-role.js';

/** Pence per day for each role. */
export type RateCardRates = { readonly [Role in SupportRole]: number };

/** The rates set for one academic year. */
export type RateCard = { academicYear: string; rates: RateCardRates };

/**
 * Seed 003: "£350 per day for the AID, HILs and Headteachers, £250 per day for teachers and £150 per day
 * for support staff". These apply to any academic year without a rate card of its own.
 */
export const DEFAULT_RATES: RateCardRates = Object.freeze({
  'improvement-director': 35_000,
  'hub-lead': 35_000,
  headteacher: 35_000,
  teacher: 25_000,
  'support-staff': 15_000,
});

/** The day rate in pence for a role, from the rate card in force, or the default when the year has none. */
export function rateFor(rateCard: RateCard | null, role: SupportRole): number {
  return (rateCard?.rates ?? DEFAULT_RATES)[role];
}
