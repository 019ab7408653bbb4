import type { DomainEvent, EvidenceSnapshot, SupportTier, TierAssignedData, TierDecisionMaker } from '@trust/domain';

/** The only event the tier history is folded from. */
export const TIER_HISTORY_EVENT_TYPES = ['TierAssigned'] as const;

/**
 * One tier decision as the standards committee audits it (GET /academies/:id/tier-history, GET
 * /tier-decisions): what was decided, what the rule recommended and why, the evidence snapshot with the
 * positions of the events it came from, who decided and when, and which later decision replaced it.
 */
export interface TierHistoryEntry {
  decisionId: string;
  academyId: string;
  academicYear: string;
  tier: SupportTier;
  recommendedTier: SupportTier;
  /** The tier differs from the recommendation (then `rationale` says why). */
  override: boolean;
  rationale: string | null;
  decidedBy: TierDecisionMaker;
  /** The day the decision was made (YYYY-MM-DD): before `recordedAt` for a decision recorded later. */
  decidedOn: string;
  /** The instant the decision was recorded in the ledger, ISO 8601. */
  recordedAt: string;
  /** The same instant as `recordedAt`, under the name it was first published with. */
  decidedAt: string;
  /** As stored with the decision: never changed by evidence recorded after it. */
  evidence: EvidenceSnapshot;
  reasons: string[];
  missing: string[];
  /** The decision of the same year this one replaced; null for the year's first. */
  supersedes: string | null;
  /** The later decision of the same year that replaced this one; null while it is in force. */
  supersededBy: string | null;
  /** Global position of the decision's event, as a decimal string. */
  position: string;
}

/** Decisions by id: the part of the history a batch of events touches. */
export type TierHistory = ReadonlyMap<string, TierHistoryEntry>;

type TierAssigned = Extract<DomainEvent, { type: 'TierAssigned' }>;

export function isTierHistoryEvent(event: DomainEvent): event is TierAssigned {
  return (TIER_HISTORY_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The decisions a TierAssigned touches: its own and the one it supersedes. */
export function decisionIdsTouchedBy({ decisionId, supersedes }: TierAssignedData): string[] {
  return supersedes === null ? [decisionId] : [decisionId, supersedes];
}

/**
 * The history after one more event at `position`. Pure: returns the same map when nothing changes. A
 * decision already in the history is never replaced, so an event applied twice changes nothing; a new
 * decision marks the one it supersedes (when that is known) as superseded by it.
 */
export function evolveTierHistory(history: TierHistory, event: DomainEvent, position: bigint): TierHistory {
  if (!isTierHistoryEvent(event)) return history;
  const data = event.data;
  if (history.has(data.decisionId)) return history;
  const next = new Map(history).set(data.decisionId, entryOf(data, position));
  const superseded = data.supersedes === null ? undefined : history.get(data.supersedes);
  if (superseded !== undefined && superseded.supersededBy === null) {
    next.set(superseded.decisionId, { ...superseded, supersededBy: data.decisionId });
  }
  return next;
}

function entryOf(data: TierAssignedData, position: bigint): TierHistoryEntry {
  return {
    decisionId: data.decisionId,
    academyId: data.academyId,
    academicYear: data.academicYear,
    tier: data.tier,
    recommendedTier: data.recommendedTier,
    override: data.override,
    rationale: data.rationale,
    decidedBy: { ...data.decidedBy },
    decidedOn: data.decidedOn,
    recordedAt: data.decidedAt,
    decidedAt: data.decidedAt,
    evidence: structuredClone(data.evidence),
    reasons: [...data.reasons],
    missing: [...data.missing],
    supersedes: data.supersedes,
    supersededBy: null,
    position: position.toString(),
  };
}
