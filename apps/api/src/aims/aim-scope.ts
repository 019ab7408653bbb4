import { DomainError } from '@trust/domain';
import type { AccessGrant } from '../access/access-grant.js';

/** The answer to an AIM never scheduled, and so to one the caller may not see. */
export function aimNotFound(aimId: string): DomainError {
  return DomainError.notFound(`AIM ${aimId} has not been scheduled`);
}

/** Whether the grant covers the academy an AIM belongs to (headteachers and governors: their own academies). */
export function aimInScope(grant: AccessGrant, academyId: string): boolean {
  return grant.academies === 'all' || grant.academies.includes(academyId);
}

/**
 * For `academy-record` routes (access-policy.ts): an AIM of an academy the grant does not cover answers 404,
 * exactly as an AIM never scheduled, so a headteacher or governor of another academy learns nothing of it.
 */
export function ensureAimInScope(grant: AccessGrant, aimId: string, academyId: string): void {
  if (!aimInScope(grant, academyId)) throw aimNotFound(aimId);
}
