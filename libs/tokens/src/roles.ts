/** The roles a token may carry: `trust-admin` is the central team and the chief executive. */
export const ROLES = [
  'trust-admin',
  'standards-committee',
  'improvement-director',
  'finance',
  'headteacher',
  'governor',
  'sip',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that see and act on the academies in their token's `academies` claim only. */
export const SCOPED_ROLES: readonly Role[] = ['headteacher', 'governor', 'sip'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isScopedRole(role: Role): boolean {
  return SCOPED_ROLES.includes(role);
}
