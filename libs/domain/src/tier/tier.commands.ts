/**
 * A tier decision for one academic year (POST /academies/:id/tier-decisions), with input as it arrives:
 * the decider validates every field. The API passes in the decision's id and who is deciding.
 */
export type DecideTier = {
  type: 'DecideTier';
  decisionId: string;
  academyId: string;
  academicYear: string;
  tier: number;
  /** Required, non-blank, when the tier differs from the recommendation. */
  rationale?: string | null;
  /**
   * The day the decision was made, `YYYY-MM-DD`, when it is recorded later (a past year's decision brought
   * into the ledger); absent or null, today on the trust's calendar. Not in the future, not before the
   * academy joined the trust, not before the decision it revises.
   */
  decidedOn?: string | null;
  decidedBy: { userId: string; name: string; role: string };
};
