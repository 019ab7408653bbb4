import type { IncomingMessage } from 'node:http';
import type { Actor } from '@trust/event-store';

/** Who a request acts as until the access-control issue lands. */
export const ANONYMOUS_ACTOR: Actor = Object.freeze({ userId: 'anonymous', role: 'anonymous' });

/**
 * The one place a request's actor is decided. The access-control issue replaces this with the
 * user and role of the verified JWT; everything downstream (idempotency scope, event metadata)
 * reads the actor from the request context only.
 */
export function resolveActor(_request: IncomingMessage): Actor {
  return ANONYMOUS_ACTOR;
}
