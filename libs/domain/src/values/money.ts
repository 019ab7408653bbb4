import { DomainError } from '../shared/domain-error.js';

/** An amount of money in integer pence: pence never round, and floats would. */
export type Money = number & { readonly __brand: 'Money' };

/**
 * £1,000,000: more than any amount the ledger is given can be. Improvement work is paid for at day rates
 * of a few hundred pounds (seed 003: £150 to £350), so even a support day on every school day of a year at
 * the highest rate is under £70,000, and an academy's whole annual budget is a few million pounds. A
 * bigger figure is a slip of the keyboard (an extra digit or two), not a budget.
 */
export const MAX_PENCE = 100_000_000;

export function parseMoney(input: unknown, field: string): Money {
  if (typeof input !== 'number' || !Number.isSafeInteger(input) || input < 0 || input > MAX_PENCE) {
    throw DomainError.invalid(field, `must be a whole number of pence from 0 to ${MAX_PENCE} (£1,000,000)`);
  }
  return input as Money;
}
