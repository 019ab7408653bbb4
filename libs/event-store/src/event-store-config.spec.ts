import { createServer } from 'node:net';
import pg from 'pg';
import { createEventStoreFromConfig, describeEventStore, eventStoreConfigFromEnv } from './event-store-config.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('eventStoreConfigFromEnv', () => {
  it('defaults to PostgreSQL, and ignores a connection string it does not need', () => {
    expect(eventStoreConfigFromEnv({})).toEqual({ kind: 'postgres' });
    expect(eventStoreConfigFromEnv({ EVENT_STORE: '  ' })).toEqual({ kind: 'postgres' });
    expect(eventStoreConfigFromEnv({ EVENT_STORE: 'postgres', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' })).toEqual({ kind: 'postgres' });
  });

  it('reads eventstoredb, whatever its case, with its connection string', () => {
    expect(eventStoreConfigFromEnv({ EVENT_STORE: ' EventStoreDB ', EVENTSTORE_CONNECTION_STRING: ' esdb://es:2113?tls=false ' })).toEqual({
      kind: 'eventstoredb',
      connectionString: 'esdb://es:2113?tls=false',
    });
  });

  it('requires EVENTSTORE_CONNECTION_STRING with eventstoredb, naming it', () => {
    for (const missing of [undefined, '', '   ']) {
      expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: missing })).toThrow(
        /^EVENTSTORE_CONNECTION_STRING is required when EVENT_STORE=eventstoredb: .*esdb:\/\/localhost:2113\?tls=false/,
      );
    }
  });

  it.each(['esdb', 'kurrentdb', 'postgresql', 'memory'])('refuses EVENT_STORE=%s, listing the choices', (value) => {
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: value })).toThrow(`EVENT_STORE must be one of postgres, eventstoredb (postgres when unset), got "${value}"`);
  });
});

describe('createEventStoreFromConfig', () => {
  // Never queried: a pool connects on first use, and the PostgreSQL store only queries when asked to.
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  afterAll(async () => {
    await pool.end();
  });

  it('builds the PostgreSQL store on the pool for postgres', async () => {
    const store = await createEventStoreFromConfig({ kind: 'postgres' }, { pool });
    try {
      expect(store).toBeInstanceOf(PostgresEventStore);
      expect(store.positionsAreDense).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('fails for eventstoredb when the server cannot be reached, naming EVENTSTORE_CONNECTION_STRING and hiding the password', async () => {
    const port = await closedPort();
    const attempt = createEventStoreFromConfig(
      { kind: 'eventstoredb', connectionString: `esdb://admin:changeit@127.0.0.1:${port}?tls=false` },
      { pool, connectTimeoutMs: 5_000 },
    );
    await expect(attempt).rejects.toThrow(new RegExp(`^Could not reach EventStoreDB at EVENTSTORE_CONNECTION_STRING \\(esdb://\\*\\*\\*@127\\.0\\.0\\.1:${port}\\?tls=false\\): `));
    await expect(attempt).rejects.not.toThrow(/changeit/);
  });

  it('fails for eventstoredb when the connection string is not one, naming EVENTSTORE_CONNECTION_STRING', async () => {
    await expect(createEventStoreFromConfig({ kind: 'eventstoredb', connectionString: 'http://localhost:2113' }, { pool })).rejects.toThrow(
      /^EVENTSTORE_CONNECTION_STRING is not a valid EventStoreDB connection string/,
    );
  });
});

describe('describeEventStore', () => {
  it('names the store, and the server without its credentials', () => {
    expect(describeEventStore({ kind: 'postgres' })).toMatch(/^PostgreSQL/);
    expect(describeEventStore({ kind: 'eventstoredb', connectionString: 'esdb://ledger:secret@es:2113?tls=false' })).toBe('EventStoreDB at esdb://***@es:2113?tls=false');
  });
});
