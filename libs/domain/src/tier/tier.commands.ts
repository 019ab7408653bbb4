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
  decidedBy: { userId: string; name: string; role: string };
};
