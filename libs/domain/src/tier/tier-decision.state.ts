import type { AcademyState } from '../academy/academy.state.js';
import type { TierEvidence } from './tier-evidence.js';

/** The decision in force for an academic year: its id and the day it was made. */
export type DecisionInForce = { decisionId: string; decidedOn: string };

/** What a tier decision needs: the academy, the evidence known so far (with positions) and the decisions made. */
export type TierDecisionState = {
  academy: AcademyState;
  /** The day the academy joined the trust; null until it is registered. No tier is decided before it. */
  joinedOn: string | null;
  evidence: TierEvidence;
  /** The decision in force for each academic year: the latest made. */
  currentDecisions: ReadonlyMap<string, DecisionInForce>;
  /** Every decision id used on the stream. */
  decisionIds: ReadonlySet<string>;
};
