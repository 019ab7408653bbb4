import type { AccessGrant } from '../access/access-grant.js';
import { forbidden } from '../access/access-exceptions.js';

/**
 * For `academy-record` routes (access-policy.ts): refuses (403) a request whose grant does not cover the
 * academy the AIM belongs to: a headteacher or governor of another academy.
 */
export function ensureAimInScope(grant: AccessGrant, aimId: string, academyId: string): void {
  if (grant.academies !== 'all' && !grant.academies.includes(academyId)) {
    throw forbidden(`Not allowed: AIM ${aimId} is not one of your academies' meetings`);
  }
}
