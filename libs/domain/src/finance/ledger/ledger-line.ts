/** One entry of the double-entry recharge ledger: a debit or a credit to one account. Lines are never edited. */
export type LedgerLine = {
  rechargeId: string;
  /** The academic year the line counts in: a reversal's is its recharge's, whenever it is reversed. */
  academicYear: string;
  /** The day the support was delivered, or the day the recharge was reversed. */
  date: string;
  account: string;
  /** The academy whose account it is; null for the trust centre's. */
  academyId: string | null;
  debitPence: number;
  creditPence: number;
  description: string;
};
