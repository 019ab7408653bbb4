import { workerConfigFromEnv } from './worker-config.js';

describe('workerConfigFromEnv', () => {
  it('requires DATABASE_URL, explaining why', () => {
    expect(() => workerConfigFromEnv({})).toThrow(/DATABASE_URL is required/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: '  ' })).toThrow(/DATABASE_URL is required/);
  });

  it('reads DATABASE_URL and LOG_LEVEL', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: 'postgres://db/ledger' })).toEqual({ databaseUrl: 'postgres://db/ledger', logLevel: 'info' });
    expect(workerConfigFromEnv({ DATABASE_URL: 'postgres://db/ledger', LOG_LEVEL: 'debug' })).toMatchObject({ logLevel: 'debug' });
    expect(() => workerConfigFromEnv({ DATABASE_URL: 'postgres://db/ledger', LOG_LEVEL: 'chatty' })).toThrow(/LOG_LEVEL/);
  });
});
