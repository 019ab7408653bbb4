/** Commands on one academic year's rate card, with input as it arrives from a client (docs/API-CONVENTIONS.md). */

export type SetRateCard = {
  type: 'SetRateCard';
  academicYear: string;
  /** Pence per day, keyed by role: every role of SUPPORT_ROLES, and no other. */
  rates: Readonly<Record<string, number>>;
};

export type RateCardCommand = SetRateCard;
