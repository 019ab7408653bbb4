import { formatDate, roleLabel, tierLabel } from '../../../format/format';

/** A decision of the tier history (TierHistoryEntryDto), as far as a revision needs it. */
export interface Decision {
  decisionId: string;
  academicYear: string;
  tier: number;
  decidedOn: string;
  decidedBy: { name: string; role: string };
  supersededBy: string | null;
}

/** The decision of the year in force now, which a new decision of the same year supersedes; null when none. */
export function decisionInForce<D extends Decision>(history: readonly D[] | undefined, academicYear: string): D | null {
  return history?.find((decision) => decision.academicYear === academicYear && decision.supersededBy === null) ?? null;
}

/** "Tier 2, decided on 12 September 2024 by Dee Director (Improvement director)". */
export function describeDecision(decision: Decision): string {
  return `${tierLabel(decision.tier)}, decided on ${formatDate(decision.decidedOn)} by ${decision.decidedBy.name} (${roleLabel(decision.decidedBy.role)})`;
}
