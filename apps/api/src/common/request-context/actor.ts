import type { IncomingMessage } from 'node:http';
import type { Actor } from '@trust/event-store';
import { accessGrantOf } from '../../access/access-grant.js';

/**
 * The one place a request's actor is decided: the user of the verified token, acting in the role
 * the access policy allowed the route for. Everything downstream (idempotency scope, event
 * metadata) asks here. A request the access guard did not grant has no actor: asking is a
 * programming error (a command route must carry `@Allow(...)`), never a silent "anonymous".
 */
export function resolveActor(request: IncomingMessage): Actor {
  const grant = accessGrantOf(request);
  if (grant === undefined) throw new Error('This request has no access grant, so no actor: command routes need @Allow(...)');
  return { userId: grant.principal.userId, role: grant.role };
}
