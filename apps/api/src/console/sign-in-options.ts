import type { AuthConfig } from '../access/auth-config.js';

/** How people sign in to the console, as GET /auth/config tells it. */
export interface SignInOptions {
  /**
   * The development sign-in (pick a role, an academy and a name): offered only while the API signs with the
   * published development secret, so never in production, nor once a real JWT_SECRET or an issuer is set.
   */
  readonly development: { readonly secret: string } | null;
  /** OpenID Connect authorization code with PKCE against the configured issuer; null without one. */
  readonly oidc: OidcClientOptions | null;
}

export interface OidcClientOptions {
  /** The issuer the console discovers (`<authority>/.well-known/openid-configuration`). */
  readonly authority: string;
  /** The console's client id at the issuer: its ID tokens carry it as `aud`, so it must be one of JWT_AUDIENCE. */
  readonly clientId: string;
  /** The scopes asked for: enough for the issuer to put `name`, `roles` and `academies` in the ID token. */
  readonly scope: string;
}

export const DEFAULT_OIDC_SCOPE = 'openid profile';

/**
 * The sign-in the console offers for an auth configuration. OIDC_CLIENT_ID (default: the first of
 * JWT_AUDIENCE) and OIDC_SCOPE (default `openid profile`) tune the issuer's; the development sign-in
 * follows the development secret.
 */
export function signInOptionsOf(auth: AuthConfig, env: NodeJS.ProcessEnv = {}): SignInOptions {
  const development = auth.sharedSecret?.development === true ? { secret: auth.sharedSecret.secret } : null;
  if (auth.oidc === null) return { development, oidc: null };
  const clientId = env['OIDC_CLIENT_ID']?.trim() || auth.oidc.audience[0]!;
  if (!auth.oidc.audience.includes(clientId)) {
    throw new Error(`OIDC_CLIENT_ID must be one of JWT_AUDIENCE: the API accepts only tokens issued for its audience, got "${clientId}"`);
  }
  return {
    development,
    oidc: { authority: auth.oidc.issuer, clientId, scope: env['OIDC_SCOPE']?.trim() || DEFAULT_OIDC_SCOPE },
  };
}

/** Origins the console's scripts may call besides its own: the issuer's, for discovery and the token exchange. */
export function signInConnectSources(options: SignInOptions): string[] {
  if (options.oidc === null) return [];
  try {
    return [new URL(options.oidc.authority).origin];
  } catch {
    return [];
  }
}
