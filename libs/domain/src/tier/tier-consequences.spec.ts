import { tierConsequences } from './tier-consequences.js';

describe('tierConsequences', () => {
  it.each([
    [1, 1, 1, 'annual'],
    [2, 3, 1, 'annual'],
    [3, 3, 3, 'termly'],
  ] as const)('Tier %p: at least %p SIP visits, %p trust-commissioned reviews (%s) a year', (tier, visits, reviews, cadence) => {
    const consequences = tierConsequences(tier);
    expect(consequences.tier).toBe(tier);
    expect(consequences.minimumSipVisits).toBe(visits);
    expect(consequences.commissionedReviews).toEqual({ required: reviews, cadence });
  });

  it('Tier 1: academy led, building on strength, with the support listed in seed 000', () => {
    expect(tierConsequences(1)).toMatchObject({
      lead: {
        name: 'Academy Led',
        description: 'Building on area of strength through innovation with results shared across the Trust.',
      },
      trustSupport: [
        'Commission partner to support evidenced based research and development.',
        'Trust network group to support innovation.',
        'Information shared through teaching and learning network/website.',
      ],
    });
  });

  it('Tier 2: academy led for a time-limited period, with the support listed in seed 000', () => {
    expect(tierConsequences(2)).toMatchObject({
      lead: {
        name: 'Academy Led',
        description:
          'Time limited period to implement bespoke improvement strategy. KPIs identified through academy development plan and monitored through academy card.',
      },
      trustSupport: [
        'Commission good practice school partner.',
        'Central team deployed. (See Appendix 2)',
        'SLE / Lead Practitioner support.',
        'Trust network group support.',
        'Commission additional reviews.',
        'Trust CPD programme.',
      ],
    });
  });

  it('Tier 3: trust led through standardised policies, with the support listed in seed 000', () => {
    expect(tierConsequences(3)).toMatchObject({
      lead: {
        name: 'Trust Led',
        description:
          'Standardised: The Academy will implement the Trust standardised policies that are proven, for either a specific area, or all relevant areas of the Academy’s work.',
      },
      trustSupport: [
        'Whole academy external review identifies precise areas for intervention.',
        'School to school support commissioned.',
        'Central team (See Appendix 2) coordinates implementation of standardised policies and bespoke solutions.',
      ],
    });
  });
});
