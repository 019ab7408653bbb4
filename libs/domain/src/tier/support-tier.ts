/** Seed 000: "The level and nature in how the Trust will support academy improvement work will be classified into 3 tiers". */
export const SUPPORT_TIERS = [1, 2, 3] as const;
export type SupportTier = (typeof SUPPORT_TIERS)[number];
