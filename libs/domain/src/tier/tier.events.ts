import type { EvidenceSnapshot } from './evidence-snapshot.js';
import type { SupportTier } from './support-tier.js';

/** Who made a tier decision, as the API authenticated them. */
export type TierDecisionMaker = {
  userId: string;
  name: string;
  role: string;
};

/**
 * A tier decision for one academic year, on the academy's stream. It keeps the recommendation and the
 * evidence (with positions) it was made on; a later decision for the same year supersedes it, and both
 * stay in the history.
 */
export type TierAssignedData = {
  decisionId: string;
  academyId: string;
  academicYear: string;
  tier: SupportTier;
  recommendedTier: SupportTier;
  /** True when the tier differs from the recommendation (then `rationale` is given). */
  override: boolean;
  rationale: string | null;
  reasons: string[];
  missing: string[];
  evidence: EvidenceSnapshot;
  decidedBy: TierDecisionMaker;
  /**
   * Schema v2: the day the decision was made (YYYY-MM-DD), which may be before it was recorded; a v1
   * decision was recorded as it was made, so it reads the London day of `decidedAt`.
   */
  decidedOn: string;
  /** The instant the decision was recorded in the ledger, ISO 8601 (the day it was made is `decidedOn`). */
  decidedAt: string;
  /** The decision for the same academic year this one replaces; null for the year's first. */
  supersedes: string | null;
};

export type TierEvent = { type: 'TierAssigned'; data: TierAssignedData };
