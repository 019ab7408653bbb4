/** The risk register's level: seed 000, "Low / medium / High risk of school improvement failure (Risk Register)". */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** One entry of the academy's risk register. */
export type Risk = {
  title: string;
  /** Who owns the risk; null when nobody is named. */
  owner: string | null;
};
