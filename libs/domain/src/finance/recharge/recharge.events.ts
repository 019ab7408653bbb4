import type { SupportRole } from '../support-role.js';

/** Events of one recharge's stream (`recharge-<rechargeId>`). Each carries what its ledger postings need. */

export type RechargeLoggedData = {
  rechargeId: string;
  supportedAcademyId: string;
  providerRole: SupportRole;
  /** Null: the provider is employed by the trust, so the income is the trust centre's. */
  providerAcademyId: string | null;
  days: number;
  deliveredOn: string;
  /** The academic year of deliveredOn: the year whose rate card priced it and whose ledger it is posted to. */
  academicYear: string;
  description: string;
  ratePence: number;
  /** ratePence × days, exactly. */
  amountPence: number;
  /**
   * The support commitment of the supported academy's improvement plan for the year that the days deliver
   * (schema 2): recharged development days toward it. Null when they deliver none named, and for every
   * recharge stored at schema 1.
   */
  commitmentId: string | null;
};

/** A correction: the contra entries of the recharge, in the recharge's own academic year. */
export type RechargeReversedData = {
  rechargeId: string;
  supportedAcademyId: string;
  providerAcademyId: string | null;
  /** The original recharge's academic year, whenever it is reversed. */
  academicYear: string;
  /** The original recharge's delivery day: its contra entries are effective from it, as its own entries are (schema version 2). */
  deliveredOn: string;
  amountPence: number;
  reason: string;
  reversedOn: string;
};

export type RechargeEvent =
  | { type: 'RechargeLogged'; data: RechargeLoggedData }
  | { type: 'RechargeReversed'; data: RechargeReversedData };

export const rechargeStreamId = (rechargeId: string): string => `recharge-${rechargeId}`;
