import { parseOneOf } from '../values/one-of.js';

/**
 * Who gives a day of support, priced by the rate card. Seed 003: "a flat rate re-charge of £350 per day
 * for the AID, HILs and Headteachers, £250 per day for teachers and £150 per day for support staff".
 */
export const SUPPORT_ROLES = ['improvement-director', 'hub-lead', 'headteacher', 'teacher', 'support-staff'] as const;
export type SupportRole = (typeof SUPPORT_ROLES)[number];

/**
 * Seed 003: "The Trust employs an Academy Improvement Director" and "The Trust employees two Hub
 * Improvement Leads": their days are income to the trust centre, never to an academy.
 */
export const CENTRALLY_EMPLOYED_ROLES: readonly SupportRole[] = ['improvement-director', 'hub-lead'];

export function parseSupportRole(input: unknown, field: string): SupportRole {
  return parseOneOf(SUPPORT_ROLES, input, field);
}
