import type { IncomingMessage } from 'node:http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AcademyVisibility, Permission } from './access-policy.js';
import type { Principal } from './principal.js';
import type { Role } from '@trust/tokens';

/** What the access guard established about a request it let through. */
export interface AccessGrant {
  readonly principal: Principal;
  readonly permission: Permission;
  /** The role the request acts as (the first of the user's roles the policy allows for the route). */
  readonly role: Role;
  /** The academies the request may see, for routes that answer about many. */
  readonly academies: AcademyVisibility;
}

const grants = new WeakMap<IncomingMessage, AccessGrant>();

export function recordAccessGrant(request: IncomingMessage, grant: AccessGrant): void {
  grants.set(request, grant);
}

/** The request's grant; undefined on a public route (or before the guard ran). */
export function accessGrantOf(request: IncomingMessage): AccessGrant | undefined {
  return grants.get(request);
}

/** Injects the request's AccessGrant into a route with `@Allow(...)`; a route without one is a programming error. */
export const Grant = createParamDecorator((_data: unknown, context: ExecutionContext): AccessGrant => {
  const grant = accessGrantOf(context.switchToHttp().getRequest<IncomingMessage>());
  if (grant === undefined) throw new Error('@Grant() on a route the access guard did not grant: is it @Public()?');
  return grant;
});
