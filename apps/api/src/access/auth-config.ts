/**
 * How the API authenticates: HS256 tokens signed with a shared secret (JWT_SECRET, or a fixed
 * development secret when it is unset), and/or RS256 tokens from an OpenID Connect issuer's
 * signing keys (JWT_JWKS_URL with JWT_ISSUER and JWT_AUDIENCE).
 */

/**
 * Signs and verifies tokens when JWT_SECRET is unset, so `npm start` and `npm run token` work out
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

export interface OidcIssuerConfig {
  /** Where the issuer publishes its signing keys (the `jwks_uri` of its OpenID configuration). */
  readonly jwksUrl: URL;
  /** The `iss` every token must carry. */
  readonly issuer: string;
  /** The `aud` a token must carry (one of them): this API's client id or application id URI. */
  readonly audience: readonly string[];
}

export interface AuthConfig {
  /** HS256 tokens; null when only the OIDC issuer's tokens are accepted. */
  readonly sharedSecret: SharedSecretConfig | null;
  /** RS256 tokens from an OpenID Connect issuer; null when none is configured. */
  readonly oidc: OidcIssuerConfig | null;
}

/** The configuration the tests and a local start use: HS256 with the given secret only. */
export function sharedSecretAuth(secret: string): AuthConfig {
  return { sharedSecret: { secret, development: secret === DEVELOPMENT_JWT_SECRET }, oidc: null };
}

/** Reads the auth configuration; throws a message naming the variable at fault. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const production = isProduction(env);
  const explicitSecret = explicitSecretFrom(env, production);
  const oidc = oidcFrom(env, production);
  if (oidc !== null) {
    // The development secret is never accepted beside an issuer: only a secret someone chose.
    return { sharedSecret: explicitSecret === null ? null : { secret: explicitSecret, development: false }, oidc };
  }
  return { sharedSecret: explicitSecret === null ? developmentSecret(production) : { secret: explicitSecret, development: false }, oidc: null };
}

/** The secret `npm run token` signs with: JWT_SECRET, or the development secret outside production. */
export function signingSecretFromEnv(env: NodeJS.ProcessEnv = process.env): SharedSecretConfig {
  const production = isProduction(env);
  const explicitSecret = explicitSecretFrom(env, production);
  return explicitSecret === null ? developmentSecret(production) : { secret: explicitSecret, development: false };
}

/** One line for the start-up banner: how to get a token for this API. */
export function tokenHint(config: AuthConfig): string {
  const mint = 'npm run token -- --role trust-admin';
  const shared =
    config.sharedSecret === null ? null : config.sharedSecret.development ? `${mint} (development secret)` : `${mint} (with the same JWT_SECRET)`;
  const issuer = config.oidc === null ? null : `sign in with ${config.oidc.issuer}`;
  return [issuer, shared].filter((part) => part !== null).join(', or ');
}

function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env['NODE_ENV']?.trim().toLowerCase() === 'production';
}

function explicitSecretFrom(env: NodeJS.ProcessEnv, production: boolean): string | null {
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

function developmentSecret(production: boolean): SharedSecretConfig {
  if (production) {
    throw new Error(
      'JWT_SECRET must be set when NODE_ENV=production: the development secret is published in the source, so anyone could sign a token with it. ' +
        'Set JWT_SECRET to a random string of at least 32 characters (`openssl rand -base64 48`), or configure an OpenID Connect issuer with JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE.',
    );
  }
  return { secret: DEVELOPMENT_JWT_SECRET, development: true };
}

function oidcFrom(env: NodeJS.ProcessEnv, production: boolean): OidcIssuerConfig | null {
  const jwksUrl = env['JWT_JWKS_URL']?.trim() ?? '';
  const issuer = env['JWT_ISSUER']?.trim() ?? '';
  const audience = (env['JWT_AUDIENCE'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (jwksUrl === '') {
    if (issuer !== '' || audience.length > 0) {
      throw new Error('JWT_ISSUER and JWT_AUDIENCE apply to an OpenID Connect issuer: set JWT_JWKS_URL to its signing keys too');
    }
    return null;
  }
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new Error(`JWT_JWKS_URL must be a URL, got "${jwksUrl}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) {
    throw new Error(`JWT_JWKS_URL must be an https URL${production ? ' when NODE_ENV=production' : ''}, got "${jwksUrl}"`);
  }
  // Without both checks, a token the same issuer made for any other application would be accepted.
  if (issuer === '') throw new Error('JWT_ISSUER must be set with JWT_JWKS_URL: the `iss` of the tokens to accept');
  if (audience.length === 0) throw new Error('JWT_AUDIENCE must be set with JWT_JWKS_URL: the `aud` this API\'s tokens carry (its client id)');
  return { jwksUrl: url, issuer, audience };
}
