import type { SupportTier } from '../tier/support-tier.js';
import { parseOneOf } from '../values/one-of.js';

/**
 * The kinds of support the trust commits to an academy's plan: one for each "Trust Support" bullet seed 000
 * lists under Tiers 1 to 3 (tier/tier-consequences.ts holds the bullets; support-kind.spec.ts checks every
 * bullet has exactly one kind here and every kind quotes bullets that are there). Tier 2's is the tier whose
 * support is a "bespoke improvement strategy. KPIs identified through academy development plan".
 */
export const SUPPORT_KINDS = [
  'commissioned-partner',
  'network-groups',
  'teaching-and-learning-network',
  'good-practice-partner',
  'central-team',
  'sle-lead-practitioner',
  'additional-reviews',
  'cpd-programme',
  'external-review',
  'school-to-school-support',
  'standardised-policies',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** For each kind, the tiers whose trust support lists it, in seed 000's words. */
export const SUPPORT_KIND_OFFERED: Readonly<Record<SupportKind, Readonly<Partial<Record<SupportTier, string>>>>> = {
  'commissioned-partner': { 1: 'Commission partner to support evidenced based research and development.' },
  'network-groups': { 1: 'Trust network group to support innovation.', 2: 'Trust network group support.' },
  'teaching-and-learning-network': { 1: 'Information shared through teaching and learning network/website.' },
  'good-practice-partner': { 2: 'Commission good practice school partner.' },
  'central-team': { 2: 'Central team deployed. (See Appendix 2)' },
  'sle-lead-practitioner': { 2: 'SLE / Lead Practitioner support.' },
  'additional-reviews': { 2: 'Commission additional reviews.' },
  'cpd-programme': { 2: 'Trust CPD programme.' },
  'external-review': { 3: 'Whole academy external review identifies precise areas for intervention.' },
  'school-to-school-support': { 3: 'School to school support commissioned.' },
  'standardised-policies': {
    3: 'Central team (See Appendix 2) coordinates implementation of standardised policies and bespoke solutions.',
  },
};

/**
 * The kinds a tier's package lists. The plan does not refuse another tier's kind: the tier is decided on the
 * academy's stream, and a tier revised in the year leaves support already committed standing.
 */
export function supportKindsOfTier(tier: SupportTier): SupportKind[] {
  return SUPPORT_KINDS.filter((kind) => SUPPORT_KIND_OFFERED[kind][tier] !== undefined);
}

export function parseSupportKind(input: unknown, field: string): SupportKind {
  return parseOneOf(SUPPORT_KINDS, input, field);
}
