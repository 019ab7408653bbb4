import { apiConfigFromEnv } from './api-config.js';

describe('apiConfigFromEnv', () => {
  it('defaults to the embedded database on 127.0.0.1:3000, with projections in-process', () => {
    expect(apiConfigFromEnv({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: '.data/pglite' },
      runProjections: true,
      logLevel: 'info',
    });
  });

  it('with DATABASE_URL, leaves the projections to the worker unless RUN_PROJECTIONS=true', () => {
    const url = 'postgres://app@db:5432/ledger';
    expect(apiConfigFromEnv({ DATABASE_URL: url })).toMatchObject({ database: { kind: 'external', url }, runProjections: false });
    expect(apiConfigFromEnv({ DATABASE_URL: url, RUN_PROJECTIONS: 'true' })).toMatchObject({ runProjections: true });
    expect(apiConfigFromEnv({ DATABASE_URL: url, RUN_PROJECTIONS: 'false' })).toMatchObject({ runProjections: false });
  });

  it('reads PORT, HOST, DATA_DIR and LOG_LEVEL', () => {
    expect(apiConfigFromEnv({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/ledger', LOG_LEVEL: 'warn' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'embedded', dataDir: '/var/ledger' },
      runProjections: true,
      logLevel: 'warn',
    });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => apiConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => apiConfigFromEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => apiConfigFromEnv({ DATABASE_URL: 'postgres://x', RUN_PROJECTIONS: 'sometimes' })).toThrow(/RUN_PROJECTIONS/);
    expect(() => apiConfigFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
