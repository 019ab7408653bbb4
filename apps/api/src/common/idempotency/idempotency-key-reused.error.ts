import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key.js';

/** The Idempotency-Key was already used for a different request (answered 422). */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  constructor(detail = 'a different request') {
    super(`This ${IDEMPOTENCY_KEY_HEADER} was already used for ${detail}; use a new key for a new request`);
  }
}
