import { DomainError } from '../shared/domain-error.js';

// It becomes part of a stream id and of a URL (`/aims/:aimId/held`), so it is kept to safe characters.
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * The id a record is kept under (an AIM, a peer review group or visit, a member of staff): chosen by the
 * caller (a UUID from the API, say) before the command is decided, as a recharge id is.
 */
export function parseRecordId(input: unknown, field: string): string {
  if (typeof input !== 'string' || !RECORD_ID.test(input)) {
    throw DomainError.invalid(
      field,
      'must be 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit',
    );
  }
  return input;
}
