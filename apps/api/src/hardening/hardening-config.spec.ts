import { DEFAULT_RATE_LIMIT_PER_MINUTE, hardeningConfigFromEnv } from './hardening-config.js';

describe('hardeningConfigFromEnv', () => {
  it('defaults to 3000 requests a minute and no trusted proxy', () => {
    expect(hardeningConfigFromEnv({})).toEqual({ rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE, trustProxy: false });
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(3_000);
  });

  it('reads RATE_LIMIT_PER_MINUTE and TRUST_PROXY', () => {
    expect(hardeningConfigFromEnv({ RATE_LIMIT_PER_MINUTE: '1200', TRUST_PROXY: '1' })).toEqual({ rateLimitPerMinute: 1200, trustProxy: 1 });
    expect(hardeningConfigFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(hardeningConfigFromEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it.each(['0', '-5', '1.5', 'lots'])('refuses RATE_LIMIT_PER_MINUTE=%s', (value) => {
    expect(() => hardeningConfigFromEnv({ RATE_LIMIT_PER_MINUTE: value })).toThrow(/^RATE_LIMIT_PER_MINUTE must be a positive whole number/);
  });

  it('refuses TRUST_PROXY=true, which would let any client choose its own address', () => {
    expect(() => hardeningConfigFromEnv({ TRUST_PROXY: 'true' })).toThrow(/^TRUST_PROXY must be the number of proxies/);
  });
});
