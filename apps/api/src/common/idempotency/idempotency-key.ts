import type { IncomingMessage } from 'node:http';
import { badRequest } from '../http/bad-request.js';
import { headerValue } from '../http/http-types.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

// Visible ASCII: a UUID, a hash or any client-chosen token fits; whitespace-only or huge keys do not.
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, or null when it sent none; 400 when it is malformed. */
export function idempotencyKeyOf(request: IncomingMessage): string | null {
  const key = headerValue(request, IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return null;
  if (!KEY.test(key)) {
    throw badRequest({ field: IDEMPOTENCY_KEY_HEADER, message: `${IDEMPOTENCY_KEY_HEADER} must be 1 to 255 visible ASCII characters` });
  }
  return key;
}
