import { parseArgs } from 'node:util';
import { isRole, isScopedRole, mintLocalToken, ROLES, signingSecretFromEnv, type Role } from '@trust/tokens';

export const DEFAULT_TOKEN_LIFETIME = '8h';

export const TOKEN_USAGE = `Options of token:
  --role <role>       A role the user holds; repeat for several. One of:
                      ${ROLES.join(', ')}
  --academy <urn>     An academy the user belongs to (6-digit URN); repeat for several.
                      Headteachers, governors and SIPs see and act on these only.
  --sub <id>          The user id (default: local-<first role>)
  --name <name>       The user's name (default: the user id)
  --expires <time>    How long the token lives: 30m, 8h, 7d (default: ${DEFAULT_TOKEN_LIFETIME})

Signs with JWT_SECRET, or the development secret the API uses when JWT_SECRET is unset.
Prints the token only, so it can be captured: TOKEN=$(npm run -s token -- --role trust-admin)`;

const URN = /^\d{6}$/;
const LIFETIME = /^[1-9]\d{0,5}[smhdw]$/;

export interface TokenRequest {
  sub: string;
  name: string;
  roles: Role[];
  academies: string[];
  expiresIn: string;
}

/** Reads `token`'s options; throws a message naming the option at fault. */
export function tokenRequestFrom(argv: readonly string[]): TokenRequest {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      role: { type: 'string', multiple: true },
      academy: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string' },
    },
  });
  const roles = values.role ?? [];
  if (roles.length === 0) throw new Error(`--role is required: one of ${ROLES.join(', ')}`);
  for (const role of roles) {
    if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}, got "${role}"`);
  }
  const academies = values.academy ?? [];
  for (const academy of academies) {
    if (!URN.test(academy)) throw new Error(`--academy must be a 6-digit academy URN, got "${academy}"`);
  }
  const expiresIn = values.expires ?? DEFAULT_TOKEN_LIFETIME;
  if (!LIFETIME.test(expiresIn)) throw new Error(`--expires must be a number and a unit (s, m, h, d or w), e.g. 30m or 8h, got "${expiresIn}"`);
  const validRoles = roles.filter(isRole);
  const sub = values.sub?.trim() || `local-${validRoles[0] ?? 'user'}`;
  return { sub, name: values.name?.trim() || sub, roles: [...new Set(validRoles)], academies: [...new Set(academies)], expiresIn };
}

/** What `token` prints (the token, on stdout) and warns about (on stderr). */
export async function runTokenCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<{ token: string; warnings: string[] }> {
  const request = tokenRequestFrom(argv);
  const { secret } = signingSecretFromEnv(env);
  const warnings =
    request.academies.length === 0
      ? request.roles.filter(isScopedRole).map((role) => `warning: a ${role} with no --academy can see and act on no academy`)
      : [];
  const token = await mintLocalToken(secret, request);
  return { token, warnings };
}
