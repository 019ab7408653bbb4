import { SignJWT } from 'jose';
import type { Role } from './roles.js';

export interface LocalTokenClaims {
  /** The user id (`sub`). */
  sub: string;
  name: string;
  roles: readonly Role[];
  academies: readonly string[];
  /** How long the token lives: a duration jose understands (`30m`, `8h`, `7d`) or seconds. */
  expiresIn: string | number;
}

/**
 * An HS256 token with the claims the API reads (`sub`, `name`, `roles`, `academies`), signed with the shared secret: what
 * `npm run token` prints and the demo loader sends. Throws a TypeError for a duration jose cannot read.
 */
export function mintLocalToken(secret: string, claims: LocalTokenClaims): Promise<string> {
  return new SignJWT({ name: claims.name, roles: [...claims.roles], academies: [...claims.academies] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(typeof claims.expiresIn === 'number' ? `${claims.expiresIn}s` : claims.expiresIn)
    .sign(new TextEncoder().encode(secret));
}
