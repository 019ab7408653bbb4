import { DEVELOPMENT_JWT_SECRET, signingSecretFromEnv } from '@trust/tokens';
import { authConfigFromEnv, tokenHint } from './auth-config.js';

const SECRET = 'a-secret-of-the-trust-that-is-long-enough-0123456789';
const OIDC = { JWT_JWKS_URL: 'https://login.example.com/keys', JWT_ISSUER: 'https://login.example.com/', JWT_AUDIENCE: 'api://ledger' };

describe('authConfigFromEnv', () => {
  it('uses the development secret when nothing is configured, outside production', () => {
    expect(authConfigFromEnv({})).toEqual({ sharedSecret: { secret: DEVELOPMENT_JWT_SECRET, development: true }, oidc: null });
    expect(authConfigFromEnv({ NODE_ENV: 'development', JWT_SECRET: '  ' }).sharedSecret?.development).toBe(true);
  });

  it('refuses to start in production with the development secret, naming JWT_SECRET', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/^JWT_SECRET must be set when NODE_ENV=production/);
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/JWT_SECRET is the development secret/);
    expect(() => signingSecretFromEnv({ NODE_ENV: 'Production' })).toThrow(/JWT_SECRET must be set/);
  });

  it('uses JWT_SECRET when set, in production too', () => {
    expect(authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toEqual({ sharedSecret: { secret: SECRET, development: false }, oidc: null });
    expect(signingSecretFromEnv({ JWT_SECRET: SECRET })).toEqual({ secret: SECRET, development: false });
  });

  it('refuses a JWT_SECRET too short for HS256', () => {
    expect(() => authConfigFromEnv({ JWT_SECRET: 'short' })).toThrow(/^JWT_SECRET must be at least 32 characters/);
  });

  it('reads an OpenID Connect issuer, without the development secret beside it', () => {
    expect(authConfigFromEnv({ NODE_ENV: 'production', ...OIDC, JWT_AUDIENCE: 'api://ledger, 7f3c' })).toEqual({
      sharedSecret: null,
      oidc: { jwksUrl: new URL(OIDC.JWT_JWKS_URL), issuer: OIDC.JWT_ISSUER, audience: ['api://ledger', '7f3c'] },
    });
    expect(authConfigFromEnv({ ...OIDC, JWT_SECRET: SECRET }).sharedSecret).toEqual({ secret: SECRET, development: false });
  });

  it.each([
    [{ ...OIDC, JWT_ISSUER: '' }, /^JWT_ISSUER must be set with JWT_JWKS_URL/],
    [{ ...OIDC, JWT_AUDIENCE: ' , ' }, /^JWT_AUDIENCE must be set with JWT_JWKS_URL/],
    [{ ...OIDC, JWT_JWKS_URL: 'not a url' }, /^JWT_JWKS_URL must be a URL/],
    [{ ...OIDC, JWT_JWKS_URL: 'ftp://login.example.com/keys' }, /^JWT_JWKS_URL must be an https URL/],
    [{ ...OIDC, NODE_ENV: 'production', JWT_JWKS_URL: 'http://login.example.com/keys' }, /^JWT_JWKS_URL must be an https URL when NODE_ENV=production/],
    [{ JWT_ISSUER: 'https://login.example.com/' }, /^JWT_ISSUER and JWT_AUDIENCE apply to an OpenID Connect issuer/],
  ])('refuses an incomplete issuer configuration %#', (env, message) => {
    expect(() => authConfigFromEnv(env)).toThrow(message);
  });

  it('allows a plain-http key set outside production (a local issuer)', () => {
    expect(authConfigFromEnv({ ...OIDC, JWT_JWKS_URL: 'http://127.0.0.1:8080/keys' }).oidc?.jwksUrl.href).toBe('http://127.0.0.1:8080/keys');
  });
});

describe('tokenHint', () => {
  it('tells how to get a token for the configuration', () => {
    expect(tokenHint(authConfigFromEnv({}))).toBe('npm run token -- --role trust-admin (development secret)');
    expect(tokenHint(authConfigFromEnv({ JWT_SECRET: SECRET }))).toBe('npm run token -- --role trust-admin (with the same JWT_SECRET)');
    expect(tokenHint(authConfigFromEnv(OIDC))).toBe('sign in with https://login.example.com/');
  });
});
