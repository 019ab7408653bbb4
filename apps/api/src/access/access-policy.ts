import { isScopedRole, ROLES, type Role } from './roles.js';
import type { Principal } from './principal.js';

/**
 * How a route relates to academies, which decides what a scoped role (headteacher, governor,
 * sip) may do on it:
 * - `academy`: the route is about the academy in its `:id`; a scoped role needs that URN in its
 *   `academies` claim (403 otherwise, before the route can say whether the academy exists).
 * - `own-academies`: the route answers about many academies; a scoped role gets only its own
 *   (the route filters with the grant's `academies`, it does not refuse).
 * - `trust`: the route is about the trust as a whole; scoped roles are never listed on it.
 */
export type AcademyScope = 'academy' | 'own-academies' | 'trust';

export interface AccessRule {
  readonly roles: readonly Role[];
  readonly scope: AcademyScope;
  /** Why these roles: one line, from DESIGN.md's users. */
  readonly why: string;
}

const EVERY_ROLE: readonly Role[] = ROLES;

/**
 * THE access table: one named permission per route (each route says which with `@Allow(...)`),
 * and the roles that may use it. A route with no permission answers 403 to everyone, and the
 * authorisation matrix test (apps/api/test/authorisation-matrix.e2e-spec.ts) fails until the
 * route has a row there too.
 */
export const ACCESS_POLICY = {
  'academies.register': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'An academy joins the trust by a decision of the central team and chief executive.',
  },
  'academies.list': {
    roles: EVERY_ROLE,
    scope: 'own-academies',
    why: 'Everyone works from the list of academies; headteachers, governors and SIPs see only their own.',
  },
  'academy-card.read': {
    roles: EVERY_ROLE,
    scope: 'academy',
    why: 'The card is the shared picture of an academy: the trust reads every card, an academy\'s own people read its card only.',
  },
  'kpi-targets.set': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'Targets are set by the trust for each academy (the improvement director), not by the academy for itself.',
  },
  'kpis.record': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: 'The improvement director records KPIs; a headteacher feeds their own academy\'s figures. Finance and the committee read, never write evidence.',
  },
  'kpis.correct': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: 'Whoever may record a figure may correct it; the correction is a new event and the original stays in the history.',
  },
} as const satisfies Record<string, AccessRule>;

export type Permission = keyof typeof ACCESS_POLICY;

export const PERMISSIONS = Object.keys(ACCESS_POLICY) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(ACCESS_POLICY, value);
}

export function accessRule(permission: Permission): AccessRule {
  return ACCESS_POLICY[permission];
}

/** The academies a grant lets its holder see: every one, or those listed. */
export type AcademyVisibility = 'all' | readonly string[];

export type AccessDecision =
  | {
      readonly allowed: true;
      /** The role the request acts as: the first of the user's roles the rule allows (it goes into the events' metadata). */
      readonly role: Role;
      readonly academies: AcademyVisibility;
    }
  | { readonly allowed: false; readonly reason: string };

/**
 * Whether the principal may use the permission, on the academy of the route's `:id` when the
 * rule is academy-scoped. Pure, so the whole policy is tested without HTTP.
 */
export function decideAccess(permission: Permission, principal: Principal, academyId: string | undefined): AccessDecision {
  const rule = accessRule(permission);
  const permitted = principal.roles.filter((role) => rule.roles.includes(role));
  if (permitted.length === 0) {
    return { allowed: false, reason: `${permission} is not allowed to ${describeRoles(principal.roles)}` };
  }
  // An unscoped role that the rule allows sees every academy; otherwise only the principal's own.
  const academies: AcademyVisibility = permitted.some((role) => !isScopedRole(role)) ? 'all' : [...principal.academies];
  switch (rule.scope) {
    case 'academy': {
      const role = permitted.find((candidate) => !isScopedRole(candidate) || (academyId !== undefined && principal.academies.includes(academyId)));
      if (role === undefined) return { allowed: false, reason: `academy ${academyId ?? '(none)'} is not one of your academies` };
      return { allowed: true, role, academies };
    }
    case 'own-academies':
      return { allowed: true, role: permitted[0]!, academies };
    case 'trust': {
      const role = permitted.find((candidate) => !isScopedRole(candidate));
      if (role === undefined) return { allowed: false, reason: `${permission} is for trust-wide roles only` };
      return { allowed: true, role, academies: 'all' };
    }
    default: {
      const _exhaustive: never = rule.scope;
      return _exhaustive;
    }
  }
}

function describeRoles(roles: readonly Role[]): string {
  return roles.length === 0 ? 'a user with no roles' : `the roles ${roles.join(', ')}`;
}
