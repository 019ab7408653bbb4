import type { ImprovementPlanLookUp } from '../../improvement-plan/plan-look-up.js';
import type { RateCard } from '../rate-card/rate-card.js';

/** Commands on one recharge, with input as it arrives from a client (docs/API-CONVENTIONS.md); the rate card is a look-up. */

export type LogRecharge = {
  type: 'LogRecharge';
  rechargeId: string;
  /** The academy charged for the support. */
  supportedAcademyId: string;
  providerRole: string;
  /** The academy whose staff gave the support, earning the income; null for staff the trust employs centrally. */
  providerAcademyId: string | null;
  days: number;
  deliveredOn: string;
  description: string;
  /** The rate card set for deliveredOn's academic year (see rateCardInForce), or null when that year has none. */
  rateCard: RateCard | null;
  /** The support commitment of the supported academy's improvement plan for deliveredOn's academic year the days deliver, if any. */
  commitmentId?: string | null;
  /** That plan, looked up by the application when `commitmentId` is given (see ImprovementPlanLookUp). */
  plan?: ImprovementPlanLookUp;
};

export type ReverseRecharge = {
  type: 'ReverseRecharge';
  rechargeId: string;
  reason: string;
};

export type RechargeCommand = LogRecharge | ReverseRecharge;
