import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** The issuer as GET /auth/config describes it. */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
}

const CALLBACK_PATH = '/app/oidc-callback';
let manager: UserManager | null = null;

function managerFor(settings: OidcSettings): UserManager {
  manager ??= new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/app/sign-in`,
    response_type: 'code',
    scope: settings.scope,
    // Authorization code with PKCE (oidc-client-ts always sends a code challenge for the code flow).
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  return manager;
}

/** Leaves for the issuer's sign-in page; the callback comes back to `returnTo`. */
export async function signInWithIssuer(settings: OidcSettings, returnTo: string): Promise<void> {
  await managerFor(settings).signinRedirect({ state: { returnTo } });
}

/**
 * Completes the code exchange on the callback page: the token the API is given is the ID token, whose
 * audience is the console's client id (one of the API's audiences) and which carries the user's claims.
 */
export async function completeIssuerSignIn(settings: OidcSettings): Promise<{ token: string; returnTo: string }> {
  const user: User = await managerFor(settings).signinRedirectCallback();
  const token = user.id_token;
  if (token === undefined) throw new Error('The issuer gave no ID token');
  const state = user.state as { returnTo?: unknown } | undefined;
  return { token, returnTo: typeof state?.returnTo === 'string' ? state.returnTo : '/' };
}

export async function forgetOidcUser(): Promise<void> {
  await manager?.removeUser();
}
