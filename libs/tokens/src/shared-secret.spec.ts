import { DEVELOPMENT_JWT_SECRET, usesDevelopmentSecret } from './shared-secret.js';

describe('usesDevelopmentSecret: a developer\'s machine, not a deployment', () => {
  it('is true with no JWT_SECRET of its own, no issuer, and not NODE_ENV=production', () => {
    expect(usesDevelopmentSecret({})).toBe(true);
    expect(usesDevelopmentSecret({ JWT_SECRET: '  ', NODE_ENV: 'development' })).toBe(true);
    expect(usesDevelopmentSecret({ JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toBe(true);
  });

  it('is false with a real secret, an OpenID Connect issuer, or NODE_ENV=production', () => {
    expect(usesDevelopmentSecret({ JWT_SECRET: 'x'.repeat(40) })).toBe(false);
    expect(usesDevelopmentSecret({ JWT_JWKS_URL: 'https://login.example/keys' })).toBe(false);
    expect(usesDevelopmentSecret({ NODE_ENV: 'Production' })).toBe(false);
  });
});
