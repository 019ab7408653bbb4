/**
 * Signs and verifies HS256 tokens when JWT_SECRET is unset, so `npm start` and `npm run token` work out
 * of the box. It is in the source for anyone to read: refused when NODE_ENV=production.
 */
export const DEVELOPMENT_JWT_SECRET = 'trust-improvement-ledger-development-secret-do-not-use-in-production';

/** HS256 keys shorter than the hash (256 bits) weaken it (RFC 7518 §3.2). */
export const MIN_SECRET_LENGTH = 32;

export interface SharedSecretConfig {
  readonly secret: string;
  /** True when it is DEVELOPMENT_JWT_SECRET because JWT_SECRET is unset. */
  readonly development: boolean;
}

/** The secret `npm run token` signs with: JWT_SECRET, or the development secret outside production. */
export function signingSecretFromEnv(env: NodeJS.ProcessEnv = process.env): SharedSecretConfig {
  const production = isProduction(env);
  const explicitSecret = explicitSecretFrom(env, production);
  return explicitSecret === null ? developmentSecret(production) : { secret: explicitSecret, development: false };
}

/** NODE_ENV=production, however it is written. */
export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env['NODE_ENV']?.trim().toLowerCase() === 'production';
}

/** JWT_SECRET when set (long enough, and not the development secret in production); null when unset. */
export function explicitSecretFrom(env: NodeJS.ProcessEnv, production: boolean): string | null {
  const secret = env['JWT_SECRET'];
  if (secret === undefined || secret.trim() === '') return null;
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. the output of \`openssl rand -base64 48\`)`);
  }
  if (production && secret === DEVELOPMENT_JWT_SECRET) {
    throw new Error('JWT_SECRET is the development secret, which is published in the source: set a secret of your own when NODE_ENV=production');
  }
  return secret;
}

/** The development secret, refused in production. */
export function developmentSecret(production: boolean): SharedSecretConfig {
  if (production) {
    throw new Error(
      'JWT_SECRET must be set when NODE_ENV=production: the development secret is published in the source, so anyone could sign a token with it. ' +
        'Set JWT_SECRET to a random string of at least 32 characters (`openssl rand -base64 48`), or configure an OpenID Connect issuer with JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE.',
    );
  }
  return { secret: DEVELOPMENT_JWT_SECRET, development: true };
}


/**
 * True when the deployment runs on the published development secret: no JWT_SECRET of its own, no OpenID
 * Connect issuer, and not NODE_ENV=production. A developer's machine, never one that holds real data:
 * what else may fall back to a development default (the personal data master key) asks this.
 */
export function usesDevelopmentSecret(env: NodeJS.ProcessEnv): boolean {
  const secret = env['JWT_SECRET']?.trim() ?? '';
  return !isProduction(env) && (secret === '' || secret === DEVELOPMENT_JWT_SECRET) && (env['JWT_JWKS_URL']?.trim() ?? '') === '';
}
