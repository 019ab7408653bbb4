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
};

export type ReverseRecharge = {
  type: 'ReverseRecharge';
  rechargeId: string;
  reason: string;
};

export type RechargeCommand = LogRecharge | ReverseRecharge;
