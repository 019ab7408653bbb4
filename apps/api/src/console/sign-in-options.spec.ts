import { authConfigFromEnv } from '../access/auth-config.js';
import { signInConnectSources, signInOptionsOf } from './sign-in-options.js';

const ISSUER_ENV = { JWT_JWKS_URL: 'https://login.example.org/keys', JWT_ISSUER: 'https://login.example.org/tenant/v2.0', JWT_AUDIENCE: 'console-app, api-app' };

describe('signInOptionsOf', () => {
  it('offers the development sign-in only while the development secret is in use', () => {
    expect(signInOptionsOf(authConfigFromEnv({})).development).not.toBeNull();
    expect(signInOptionsOf(authConfigFromEnv({ JWT_SECRET: 'x'.repeat(40) })).development).toBeNull();
    expect(signInOptionsOf(authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'y'.repeat(40) })).development).toBeNull();
    expect(signInOptionsOf(authConfigFromEnv(ISSUER_ENV)).development).toBeNull();
  });

  it('tells the console the issuer, the first audience as its client id and the default scope', () => {
    const options = signInOptionsOf(authConfigFromEnv(ISSUER_ENV));
    expect(options.oidc).toEqual({ authority: 'https://login.example.org/tenant/v2.0', clientId: 'console-app', scope: 'openid profile' });
    expect(signInConnectSources(options)).toEqual(['https://login.example.org']);
  });

  it('takes OIDC_CLIENT_ID and OIDC_SCOPE, and refuses a client id the API would not accept tokens for', () => {
    const env = { ...ISSUER_ENV, OIDC_CLIENT_ID: 'api-app', OIDC_SCOPE: 'openid profile trust' };
    expect(signInOptionsOf(authConfigFromEnv(env), env).oidc).toMatchObject({ clientId: 'api-app', scope: 'openid profile trust' });
    const wrong = { ...ISSUER_ENV, OIDC_CLIENT_ID: 'someone-else' };
    expect(() => signInOptionsOf(authConfigFromEnv(wrong), wrong)).toThrow(/OIDC_CLIENT_ID must be one of JWT_AUDIENCE/);
  });

  it('lets the console call nothing but its own origin without an issuer', () => {
    expect(signInConnectSources(signInOptionsOf(authConfigFromEnv({})))).toEqual([]);
  });
});
