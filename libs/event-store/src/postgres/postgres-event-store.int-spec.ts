import pg from 'pg';
import { createPool } from '@trust/database';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { describeEventStoreContract, newEvent } from '../contract/event-store.contract.js';
import type { EventStore, RecordedEvent } from '../event-store.js';
import { PostgresEventStore } from './postgres-event-store.js';

describeEventStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase('til_es');
  const clients: { store: EventStore; pool: pg.Pool }[] = [];
  return {
    async connect() {
      const pool = createPool({ url: database.url, max: 4 });
      const store = new PostgresEventStore(pool, { listenUrl: database.url });
      clients.push({ store, pool });
      return store;
    },
    async teardown() {
      for (const client of clients) {
        await client.store.close();
        await client.pool.end();
      }
      await database.drop();
    },
  };
});

/** Sessions of this test's database waiting for a lock another holds. */
const LOCK_WAITS = `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;

describe('PostgreSQL event store: ordering under open transactions', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let other: PostgresEventStore;
  let otherPool: pg.Pool;

  beforeEach(async () => {
    database = await createTestDatabase('til_es_order');
    store = new PostgresEventStore(database.pool, { listenUrl: database.url });
    otherPool = createPool({ url: database.url, max: 2 });
    other = new PostgresEventStore(otherPool);
  });
  afterEach(async () => {
    await store.close();
    await other.close();
    await otherPool.end();
    await database.drop();
  });

  async function readAll(): Promise<RecordedEvent[]> {
    const all: RecordedEvent[] = [];
    for await (const event of store.readAll()) all.push(event);
    return all;
  }

  it('given a transaction that took a position and has not committed, then a later append waits behind it and readers never see a gap', async () => {
    const slow = new pg.Client({ connectionString: database.url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      const payload = JSON.stringify([{ streamId: 'slow', expected: 'any', events: [serialise(newEvent('Slow'))] }]);
      await slow.query('SELECT * FROM append_events($1::jsonb)', [payload]);

      const later = other.append('fast', [newEvent('Fast')], { expectedVersion: 'any' });
      let settled = false;
      const settling = later.then(
        () => void (settled = true),
        () => void (settled = true),
      );
      // The later append is blocked on a lock the open transaction holds (PostgreSQL says so), not merely slow.
      await waitUntil(async () => (await database.pool.query<{ waiting: number }>(LOCK_WAITS)).rows[0]?.waiting === 1, { message: 'the later append to wait on a lock' });
      expect(settled).toBe(false);
      expect(await readAll()).toEqual([]);

      await slow.query('COMMIT');
      await settling;
      const fast = await later;
      const all = await readAll();
      expect(all.map((e) => [e.type, e.position])).toEqual([
        ['Slow', 1n],
        ['Fast', fast.lastPosition],
      ]);
      expect(fast.lastPosition).toBe(2n);
    } finally {
      await slow.end();
    }
  });

  it('given an unrelated transaction left open, then appends and a follower are not stalled by it', async () => {
    const idle = new pg.Client({ connectionString: database.url });
    await idle.connect();
    try {
      await idle.query('BEGIN');
      await idle.query('SELECT txid_current(), count(*) FROM events');

      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: null, onEvents: async (events) => void received.push(...events) });
      for (let i = 0; i < 10; i++) await other.append(`busy-${i}`, [newEvent()], { expectedVersion: 'no-stream' });
      const deadline = Date.now() + 5_000;
      while (received.length < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      await subscription.stop();
      expect(received).toHaveLength(10);
    } finally {
      await idle.query('ROLLBACK');
      await idle.end();
    }
  });

  it('gives the events of one append consecutive positions', async () => {
    const result = await store.append('consecutive', [newEvent(), newEvent(), newEvent()], { expectedVersion: 'no-stream' });
    expect(result.lastPosition - result.firstPosition).toBe(2n);
    expect((await readAll()).map((e) => e.position)).toEqual([1n, 2n, 3n]);
  });

  it('keeps positions gapless when an append is refused or rolled back', async () => {
    await store.append('s', [newEvent()], { expectedVersion: 'no-stream' });
    await expect(store.append('s', [newEvent()], { expectedVersion: 'no-stream' })).rejects.toThrow();
    const duplicate = newEvent();
    await store.append('t', [duplicate], { expectedVersion: 'any' });
    await expect(store.append('u', [duplicate], { expectedVersion: 'any' })).rejects.toThrow();
    await store.append('v', [newEvent()], { expectedVersion: 'any' });
    expect((await readAll()).map((e) => e.position)).toEqual([1n, 2n, 3n]);
  });

  it('says its positions are dense, and reads the event at exactly a position, or null where there is none', async () => {
    const { firstPosition, lastPosition } = await store.append('at', [newEvent('A'), newEvent('B')], { expectedVersion: 'no-stream' });
    const [first, second] = await readAll();

    expect(store.positionsAreDense).toBe(true);
    expect(await store.readEventAt(firstPosition)).toEqual(first);
    expect(await store.readEventAt(lastPosition)).toEqual(second);
    for (const nowhere of [0n, -1n, lastPosition + 1n, 2n ** 63n, (5n << 64n) | 7n]) expect(await store.readEventAt(nowhere)).toBeNull();
  });

  it('refuses to update, delete or truncate stored events', async () => {
    await store.append('immutable', [newEvent()], { expectedVersion: 'no-stream' });
    await expect(database.pool.query(`UPDATE events SET type = 'Changed'`)).rejects.toThrow(/immutable/);
    await expect(database.pool.query('DELETE FROM events')).rejects.toThrow(/immutable/);
    await expect(database.pool.query('TRUNCATE events')).rejects.toThrow(/immutable/);
  });
});

function serialise(event: ReturnType<typeof newEvent>): Record<string, unknown> {
  return { eventId: event.eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata };
}

describe('PostgreSQL event store: group commit', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase('til_es_group');
  });
  afterEach(async () => {
    await database.drop();
  });

  it('given appenders who each do some work before every append, then those answered together go together in the next transaction', async () => {
    const pool = createPool({ url: database.url, max: 4 });
    let transactions = 0;
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const config = args[0] as { name?: string } | string;
      if (typeof config === 'object' && config.name === 'trust-append-events') transactions += 1;
      return query(...args);
    };
    const store = new PostgresEventStore(pool);
    const writers = 8;
    const rounds = 20;
    try {
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let round = 0; round < rounds; round += 1) {
            // Work of different lengths before each append, as sealing or validation does: writer 0 comes back first.
            for (let step = 0; step < writer * 3; step += 1) await Promise.resolve();
            await store.append(`group-${writer}`, [newEvent('Appended', { round })], { expectedVersion: round === 0 ? 'no-stream' : round - 1 });
          }
        }),
      );
    } finally {
      await store.close();
      await pool.end();
    }
    // One transaction a round when every writer is in it; the first writer back alone, then the rest, would make two.
    expect(transactions).toBeLessThanOrEqual(rounds + 2);
  });
});
