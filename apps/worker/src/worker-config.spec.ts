import { DEFAULT_RETENTION_SCHEDULE } from '@trust/domain';
import { workerConfigFromEnv } from './worker-config.js';

describe('workerConfigFromEnv', () => {
  const url = 'postgres://db/ledger';

  it('requires DATABASE_URL, explaining why', () => {
    expect(() => workerConfigFromEnv({})).toThrow(/DATABASE_URL is required/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: '  ' })).toThrow(/DATABASE_URL is required/);
    expect(() => workerConfigFromEnv({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false' })).toThrow(/DATABASE_URL is required/);
  });

  it('reads DATABASE_URL and LOG_LEVEL, and defaults to the PostgreSQL event store and every projection', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: url })).toEqual({ databaseUrl: url, eventStore: { kind: 'postgres' }, projections: [], logLevel: 'info', retention: DEFAULT_RETENTION_SCHEDULE });
    expect(workerConfigFromEnv({ DATABASE_URL: url, LOG_LEVEL: 'debug' })).toMatchObject({ logLevel: 'debug' });
    expect(() => workerConfigFromEnv({ DATABASE_URL: url, LOG_LEVEL: 'chatty' })).toThrow(/LOG_LEVEL/);
  });

  it('reads EVENT_STORE=eventstoredb with its connection string, and refuses it without one or an unknown store', () => {
    expect(workerConfigFromEnv({ DATABASE_URL: url, EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false' })).toMatchObject({
      eventStore: { kind: 'eventstoredb', connectionString: 'esdb://es:2113?tls=false' },
    });
    expect(() => workerConfigFromEnv({ DATABASE_URL: url, EVENT_STORE: 'eventstoredb' })).toThrow(/^EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb/);
    expect(() => workerConfigFromEnv({ DATABASE_URL: url, EVENT_STORE: 'kafka' })).toThrow(/^EVENT_STORE must be one of postgres, eventstoredb/);
  });

  describe('PROJECTIONS', () => {
    const known = ['academy-card', 'tier-history', 'recharge-ledger'];

    it('reads comma-separated names, trimmed, without repeats or empty entries; empty means all', () => {
      expect(workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: ' tier-history, academy-card ,,tier-history, ' }, known).projections).toEqual([
        'tier-history',
        'academy-card',
      ]);
      expect(workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: '' }, known).projections).toEqual([]);
      expect(workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: ' , ' }, known).projections).toEqual([]);
    });

    it('refuses unknown names, listing the known projections', () => {
      expect(() => workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: 'academy-card,academy-cards' }, known)).toThrow(
        'PROJECTIONS names an unknown projection "academy-cards": the projections are academy-card, tier-history, recharge-ledger (comma-separated; leave PROJECTIONS empty to run them all)',
      );
      expect(() => workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: 'a,b' }, known)).toThrow(/^PROJECTIONS names unknown projections "a", "b": /);
    });

    it('knows the registered projections by default', () => {
      expect(workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: 'academy-card' }).projections).toEqual(['academy-card']);
      expect(() => workerConfigFromEnv({ DATABASE_URL: url, PROJECTIONS: 'nope' })).toThrow(/the projections are academy-card/);
    });
  });
});
