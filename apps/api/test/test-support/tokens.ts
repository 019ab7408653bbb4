import { sharedSecretAuth } from '../../src/access/auth-config.js';
import { mintLocalToken, type Role } from '@trust/tokens';

/** The e2e apps verify HS256 tokens with this secret (never the development secret, so the two cannot be confused). */
export const TEST_JWT_SECRET = 'e2e-suite-secret-0123456789abcdefghijklmnopqrstuvwxyz';
export const TEST_AUTH = sharedSecretAuth(TEST_JWT_SECRET);

/** The e2e apps seal personal data under this master key (PERSONAL_DATA_MASTER_KEY in a real start). */
export const TEST_MASTER_KEY = Buffer.from('e2e-suite-master-key-0123456789!', 'utf8');
export const TEST_MASTER_KEY_SETTING = TEST_MASTER_KEY.toString('base64');

/** The user the existing e2e tests act as. */
export const TEST_ADMIN = { sub: 'test-admin', name: 'Test Admin', roles: ['trust-admin'] as Role[] };

export interface TestUser {
  roles: Role[];
  academies?: string[];
  sub?: string;
  name?: string;
  /** A jose duration (`1h`, `5m`); default one hour. */
  expiresIn?: string;
}

/** A valid token for the test apps, signed with TEST_JWT_SECRET. */
export function tokenFor(user: TestUser): Promise<string> {
  const sub = user.sub ?? `test-${user.roles.join('+') || 'nobody'}`;
  return mintLocalToken(TEST_JWT_SECRET, {
    sub,
    name: user.name ?? sub,
    roles: user.roles,
    academies: user.academies ?? [],
    expiresIn: user.expiresIn ?? '1h',
  });
}

let adminToken: Promise<string> | undefined;

/** The trust-admin token the existing tests send (minted once per test file). */
export function testAdminToken(): Promise<string> {
  adminToken ??= tokenFor(TEST_ADMIN);
  return adminToken;
}

export function bearer(token: string): string {
  return `Bearer ${token}`;
}
