/**
 * How the API authenticates: HS256 tokens signed with a shared secret (JWT_SECRET, or a fixed
 * development secret when it is unset), and/or RS256 tokens from an OpenID Connect issuer's
 * signing keys (JWT_JWKS_URL with JWT_ISSUER and JWT_AUDIENCE).
 */

import { DEVELOPMENT_JWT_SECRET, developmentSecret, explicitSecretFrom, isProduction, type SharedSecretConfig } from '@trust/tokens';

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

/** One line for the start-up banner: how to get a token for this API. */
export function tokenHint(config: AuthConfig): string {
  const mint = 'npm run token -- --role trust-admin';
  const shared =
    config.sharedSecret === null ? null : config.sharedSecret.development ? `${mint} (development secret)` : `${mint} (with the same JWT_SECRET)`;
  const issuer = config.oidc === null ? null : `sign in with ${config.oidc.issuer}`;
  return [issuer, shared].filter((part) => part !== null).join(', or ');
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
