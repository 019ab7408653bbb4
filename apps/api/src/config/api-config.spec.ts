import { apiConfigFromEnv } from './api-config.js';

describe('apiConfigFromEnv', () => {
  it('defaults to the embedded database on 127.0.0.1:3000, with projections in-process', () => {
    expect(apiConfigFromEnv({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: '.data/pglite' },
      eventStore: { kind: 'postgres' },
      runProjections: true,
      logLevel: 'info',
    });
  });

  it('reads EVENT_STORE=eventstoredb with its connection string, alongside DATABASE_URL', () => {
    const env = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false', DATABASE_URL: 'postgres://app@db:5432/ledger' };
    expect(apiConfigFromEnv(env)).toMatchObject({
      database: { kind: 'external', url: 'postgres://app@db:5432/ledger' },
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://es:2113?tls=false' },
      runProjections: false,
    });
  });

  it('with EVENT_STORE=eventstoredb, requires EVENTSTORE_CONNECTION_STRING and DATABASE_URL, naming each', () => {
    expect(() => apiConfigFromEnv({ EVENT_STORE: 'eventstoredb', DATABASE_URL: 'postgres://db/ledger' })).toThrow(
      /^EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb/,
    );
    expect(() => apiConfigFromEnv({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false' })).toThrow(
      /^DATABASE_URL is required when EVENT_STORE=eventstoredb: .*The embedded PGlite database is only used with EVENT_STORE=postgres/,
    );
  });

  it('refuses an unknown EVENT_STORE, listing the choices', () => {
    expect(() => apiConfigFromEnv({ EVENT_STORE: 'mongodb' })).toThrow('EVENT_STORE must be one of postgres, eventstoredb (postgres when unset), got "mongodb"');
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
      eventStore: { kind: 'postgres' },
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
