import type { AcademyState } from '../academy/academy.state.js';
import type { TierEvidence } from './tier-evidence.js';

/** What a tier decision needs: the academy, the evidence known so far (with positions) and the decisions made. */
export type TierDecisionState = {
  academy: AcademyState;
  evidence: TierEvidence;
  /** The decision in force for each academic year: the latest made. */
  currentDecisions: ReadonlyMap<string, string>;
  /** Every decision id used on the stream. */
  decisionIds: ReadonlySet<string>;
};
