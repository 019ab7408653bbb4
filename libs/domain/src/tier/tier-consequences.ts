import type { SupportTier } from './support-tier.js';

/** What a tier brings in each academic year it applies to (docs/DOMAIN.md, "Support tiers" and "School Improvement Partners and commissioned reviews"). */
export type TierConsequences = {
  readonly tier: SupportTier;
  /** "Tier 1 academies will receive a minimum of 1 visit annually with Tier 2+3 academies receiving a minimum of 3 visits." */
  readonly minimumSipVisits: number;
  /** "The Trust will commission annual reviews ... Academies in a Tier 3 category will have termly reviews". */
  readonly commissionedReviews: { readonly required: number; readonly cadence: 'annual' | 'termly' };
  /** Who leads improvement ("Academy Led" or "Trust Led") and how, in the seed's words. */
  readonly lead: { readonly name: 'Academy Led' | 'Trust Led'; readonly description: string };
  /** The "Trust Support" bullets listed in seed 000 for the tier. */
  readonly trustSupport: readonly string[];
};

// The wording is seed 000's, "School Improvement Model 2020/2021" (its typo "netowork" corrected).
const CONSEQUENCES: Readonly<Record<SupportTier, TierConsequences>> = {
  1: {
    tier: 1,
    minimumSipVisits: 1,
    commissionedReviews: { required: 1, cadence: 'annual' },
    lead: {
      name: 'Academy Led',
      description: 'Building on area of strength through innovation with results shared across the Trust.',
    },
    trustSupport: [
      'Commission partner to support evidenced based research and development.',
      'Trust network group to support innovation.',
      'Information shared through teaching and learning network/website.',
    ],
  },
  2: {
    tier: 2,
    minimumSipVisits: 3,
    commissionedReviews: { required: 1, cadence: 'annual' },
    lead: {
      name: 'Academy Led',
      description:
        'Time limited period to implement bespoke improvement strategy. KPIs identified through academy ' +
        'development plan and monitored through academy card.',
    },
    trustSupport: [
      'Commission good practice school partner.',
      'Central team deployed. (See Appendix 2)',
      'SLE / Lead Practitioner support.',
      'Trust network group support.',
      'Commission additional reviews.',
      'Trust CPD programme.',
    ],
  },
  3: {
    tier: 3,
    minimumSipVisits: 3,
    commissionedReviews: { required: 3, cadence: 'termly' },
    lead: {
      name: 'Trust Led',
      description:
        'Standardised: The Academy will implement the Trust standardised policies that are proven, for ' +
        'either a specific area, or all relevant areas of the Academy’s work.',
    },
    trustSupport: [
      'Whole academy external review identifies precise areas for intervention.',
      'School to school support commissioned.',
      'Central team (See Appendix 2) coordinates implementation of standardised policies and bespoke solutions.',
    ],
  },
};

/** The requirements and support package of a tier, for each academic year it applies to. */
export function tierConsequences(tier: SupportTier): TierConsequences {
  return CONSEQUENCES[tier];
}
