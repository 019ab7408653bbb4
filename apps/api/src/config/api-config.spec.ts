import { DEFAULT_RETENTION_SCHEDULE } from '@trust/domain';
import { apiConfigFromEnv } from './api-config.js';

describe('apiConfigFromEnv', () => {
  it('defaults to the embedded database on 127.0.0.1:3000, with projections in-process', () => {
    expect(apiConfigFromEnv({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: '.data/pglite' },
      eventStore: { kind: 'postgres' },
      runProjections: true,
      runJobs: true,
      logLevel: 'info',
      readinessMaxLagSeconds: 60,
      retention: DEFAULT_RETENTION_SCHEDULE,
    });
  });

  it('reads EVENT_STORE=eventstoredb with its connection string, alongside DATABASE_URL', () => {
    const env = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false', DATABASE_URL: 'postgres://app@db:5432/ledger' };
    expect(apiConfigFromEnv(env)).toMatchObject({
      database: { kind: 'external', url: 'postgres://app@db:5432/ledger' },
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://es:2113?tls=false' },
      runProjections: true,
      runJobs: true,
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

  it('with DATABASE_URL, is still the whole system: projections and jobs run here unless turned off', () => {
    const url = 'postgres://app@db:5432/ledger';
    const redis = 'redis://127.0.0.1:6379';
    expect(apiConfigFromEnv({ DATABASE_URL: url })).toMatchObject({ database: { kind: 'external', url }, runProjections: true, runJobs: true });
    expect(apiConfigFromEnv({ DATABASE_URL: url, REDIS_URL: redis })).toMatchObject({ runProjections: true, runJobs: true });
    expect(apiConfigFromEnv({ DATABASE_URL: url, RUN_PROJECTIONS: 'false' })).toMatchObject({ runProjections: false, runJobs: true });
    expect(apiConfigFromEnv({ DATABASE_URL: url, REDIS_URL: redis, RUN_JOBS: 'false' })).toMatchObject({ runProjections: true, runJobs: false });
  });

  it('--api-only (npm run start:api) leaves projections and jobs to workers, which needs a shared database and Redis', () => {
    const env = { DATABASE_URL: 'postgres://app@db:5432/ledger', REDIS_URL: 'redis://127.0.0.1:6379' };
    expect(apiConfigFromEnv(env, ['--api-only'])).toMatchObject({ runProjections: false, runJobs: false });
    expect(() => apiConfigFromEnv({}, ['--api-only'])).toThrow(/--api-only .*set DATABASE_URL/);
    expect(() => apiConfigFromEnv({ DATABASE_URL: env.DATABASE_URL }, ['--api-only'])).toThrow(/--api-only .*needs REDIS_URL/);
    expect(() => apiConfigFromEnv({ RUN_PROJECTIONS: 'false' })).toThrow(/RUN_PROJECTIONS=false .*set DATABASE_URL/);
    expect(() => apiConfigFromEnv({ DATABASE_URL: env.DATABASE_URL, RUN_JOBS: 'false' })).toThrow(/RUN_JOBS=false needs REDIS_URL/);
  });

  it('reads PORT, HOST, DATA_DIR, LOG_LEVEL, READY_MAX_LAG_SECONDS and RETENTION_YEARS', () => {
    expect(apiConfigFromEnv({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/var/ledger', LOG_LEVEL: 'warn', READY_MAX_LAG_SECONDS: '15', RETENTION_YEARS: 'peer-reviews=5' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'embedded', dataDir: '/var/ledger' },
      eventStore: { kind: 'postgres' },
      runProjections: true,
      runJobs: true,
      logLevel: 'warn',
      readinessMaxLagSeconds: 15,
      retention: { ...DEFAULT_RETENTION_SCHEDULE, 'peer-reviews': 5 },
    });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => apiConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => apiConfigFromEnv({ RETENTION_YEARS: 'peer-reviews=soon' })).toThrow(/^RETENTION_YEARS /);
    expect(() => apiConfigFromEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => apiConfigFromEnv({ DATABASE_URL: 'postgres://x', RUN_PROJECTIONS: 'sometimes' })).toThrow(/RUN_PROJECTIONS/);
    expect(() => apiConfigFromEnv({ DATABASE_URL: 'postgres://x', RUN_JOBS: 'often' })).toThrow(/RUN_JOBS/);
    expect(() => apiConfigFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => apiConfigFromEnv({ READY_MAX_LAG_SECONDS: '0' })).toThrow(/READY_MAX_LAG_SECONDS/);
  });
});
