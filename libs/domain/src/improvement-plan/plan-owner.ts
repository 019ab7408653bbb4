import { DomainError } from '../shared/domain-error.js';
import { parseList, parseObjectItem } from '../aim/input-lists.js';
import { parseRecordId } from '../aim/record-id.js';
import { MAX_NAME_LENGTH } from '../values/limits.js';
import { parseOneOf } from '../values/one-of.js';
import { parseText } from '../values/text.js';

/**
 * The roles in and around an academy that lead a priority or an action of its improvement plan: its leaders
 * (seed 003 names "other senior leaders", and SENCOs, English leaders and business managers among those whose
 * expertise the trust shares), its governors (plans "will be scrutinised through governance"), and the trust's
 * improvement director and hub leads, who support academies between meetings.
 */
export const PLAN_OWNER_ROLES = [
  'headteacher',
  'senior-leader',
  'middle-leader',
  'subject-leader',
  'senco',
  'business-manager',
  'chair-of-governors',
  'local-governing-board',
  'improvement-director',
  'hub-lead',
] as const;
export type PlanOwnerRole = (typeof PLAN_OWNER_ROLES)[number];

export const PLAN_OWNER_KINDS = ['role', 'staff'] as const;
export type PlanOwnerKind = (typeof PLAN_OWNER_KINDS)[number];

/**
 * Who owns a priority or an action: a role (whoever holds it), or a named member of staff under the ledger's id
 * of them (`staffId`, as the database of expertise and AIM attendees key them), so that erasing them reaches
 * their name here. Both forms carry every field, null where it does not apply: a stored event's reader reads,
 * and the personal data catalogue classifies, each field whatever the kind.
 */
export type PlanOwner =
  | { kind: 'role'; role: PlanOwnerRole; staffId: null; name: null }
  | { kind: 'staff'; role: null; staffId: string; name: string };

/** An owner as a client gives it: `{ role }`, or `{ staffId, name }`. */
export type PlanOwnerInput = { role?: string | null; staffId?: string | null; name?: string | null };

/** The most owners one priority may name. */
export const MAX_PLAN_OWNERS = 10;

const given = (value: unknown): boolean => value !== undefined && value !== null;

export function parsePlanOwner(input: unknown, field: string): PlanOwner {
  const item = parseObjectItem(input, field, '{ role } or { staffId, name }');
  const role = item.get('role');
  const staffId = item.get('staffId');
  const name = item.get('name');
  if (given(role)) {
    if (given(staffId) || given(name)) {
      throw DomainError.invalid(field, 'must be a role ({ role }) or a named member of staff ({ staffId, name }), not both');
    }
    return { kind: 'role', role: parseOneOf(PLAN_OWNER_ROLES, role, `${field}.role`), staffId: null, name: null };
  }
  if (!given(staffId) && !given(name)) {
    throw DomainError.invalid(field, 'must be { role } or { staffId, name }');
  }
  return {
    kind: 'staff',
    role: null,
    staffId: parseRecordId(staffId, `${field}.staffId`),
    name: parseText(name, `${field}.name`, MAX_NAME_LENGTH),
  };
}

/** At least one owner; no role and no member of staff twice. */
export function parsePlanOwners(input: unknown, field: string): PlanOwner[] {
  const owners = parseList(input, field, { min: 1, max: MAX_PLAN_OWNERS }, parsePlanOwner);
  owners.forEach((owner, index) => {
    if (owners.findIndex((other) => samePlanOwner(other, owner)) !== index) {
      throw DomainError.invalid(`${field}[${index}]`, `${planOwnerLabel(owner)} is listed more than once`);
    }
  });
  return owners;
}

/** The same role, or the same member of staff (by id: a name may be spelt anew). */
export function samePlanOwner(a: PlanOwner, b: PlanOwner): boolean {
  switch (a.kind) {
    case 'role':
      return b.kind === 'role' && a.role === b.role;
    case 'staff':
      return b.kind === 'staff' && a.staffId === b.staffId;
    default: {
      const _exhaustive: never = a;
      return _exhaustive;
    }
  }
}

/** The same owner under the same name: what an amendment that changes nothing gives again. */
export function samePlanOwnerAsNamed(a: PlanOwner, b: PlanOwner): boolean {
  return samePlanOwner(a, b) && a.name === b.name;
}

/** Both lists name the same owners under the same names, in any order. */
export function samePlanOwners(a: readonly PlanOwner[], b: readonly PlanOwner[]): boolean {
  return a.length === b.length && a.every((owner) => b.some((other) => samePlanOwnerAsNamed(owner, other)));
}

export function planOwnerLabel(owner: PlanOwner): string {
  switch (owner.kind) {
    case 'role':
      return `the ${owner.role}`;
    case 'staff':
      return `${owner.name} (${owner.staffId})`;
    default: {
      const _exhaustive: never = owner;
      return _exhaustive;
    }
  }
}
