import { DomainError } from '../shared/domain-error.js';

/** An amount of money in integer pence: pence never round, and floats would. */
export type Money = number & { readonly __brand: 'Money' };

export function parseMoney(input: unknown, field: string): Money {
  if (typeof input !== 'number' || !Number.isSafeInteger(input) || input < 0) {
    throw DomainError.invalid(field, 'must be a whole, non-negative number of pence');
  }
  return input as Money;
}
