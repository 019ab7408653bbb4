import { SUPPORT_TIERS } from '../tier/support-tier.js';
import { tierConsequences } from '../tier/tier-consequences.js';
import { SUPPORT_KIND_OFFERED, SUPPORT_KINDS, supportKindsOfTier } from './support-kind.js';

describe('the kinds of support a plan commits', () => {
  it.each(SUPPORT_TIERS)("gives each bullet of Tier %p's trust support in seed 000 exactly one kind", (tier) => {
    const quoted = SUPPORT_KINDS.flatMap((kind) => SUPPORT_KIND_OFFERED[kind][tier] ?? []);
    expect(quoted).toHaveLength(tierConsequences(tier).trustSupport.length);
    expect([...quoted].sort()).toEqual([...tierConsequences(tier).trustSupport].sort());
  });

  it('quotes at least one tier for every kind', () => {
    expect(SUPPORT_KINDS.filter((kind) => Object.keys(SUPPORT_KIND_OFFERED[kind]).length === 0)).toEqual([]);
  });

  it("lists each tier's kinds", () => {
    expect(supportKindsOfTier(1)).toEqual(['commissioned-partner', 'network-groups', 'teaching-and-learning-network']);
    expect(supportKindsOfTier(2)).toEqual(['network-groups', 'good-practice-partner', 'central-team', 'sle-lead-practitioner', 'additional-reviews', 'cpd-programme']);
    expect(supportKindsOfTier(3)).toEqual(['external-review', 'school-to-school-support', 'standardised-policies']);
  });
});
