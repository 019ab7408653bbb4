import { DomainError } from '../../shared/domain-error.js';

// It becomes part of a stream id and of a URL (`/recharges/:id/reversal`), so it is kept to safe characters.
const RECHARGE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The id a recharge is logged under (a UUID from the API, say), chosen before the command is decided. */
export function parseRechargeId(input: unknown, field: string): string {
  if (typeof input !== 'string' || !RECHARGE_ID.test(input)) {
    throw DomainError.invalid(
      field,
      'must be 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit',
    );
  }
  return input;
}
