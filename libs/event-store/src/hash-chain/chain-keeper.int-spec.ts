import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPool } from '@trust/database';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import type { EventMetadata, EventStore, NewEvent } from '../event-store.js';
import { EventStoreDbEventStore } from '../eventstoredb/eventstoredb-event-store.js';
import { FakeEventStoreDbClient } from '../eventstoredb/test-support/fake-eventstoredb-client.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { ChainKeeper } from './chain-keeper.js';
import { storeHashChain } from './history-chain.js';
import { lastStoreChainLink } from './store-chain-links.js';
import { verifyStoreChain } from './verify-store-chain.js';

/**
 * The ChainKeeper over the EventStore port, against real PostgreSQL (each test its own database): it
 * links every event appended, in position order, once; it resumes from its last link after a restart;
 * two keepers racing write each link once; and the kept chain verifies against the events read back.
 * The PostgreSQL adapter stands in for EventStoreDB here (its own trigger chain is another table); the
 * EventStoreDB adapter runs over the in-memory stand-in of its client, for positions beyond 2^64.
 */
const metadata = { actor: { userId: 'u', role: 'trust-admin' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } as unknown as EventMetadata;

function events(count: number, from = 0): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    eventId: randomUUID(),
    type: 'KpiRecorded',
    schemaVersion: 1,
    data: { n: from + index, name: 'Zoë Ærø', sealed: { v: 1, iv: 'aXY=', text: 'c2VhbGVk' } },
    metadata,
  }));
}

async function links(database: TestDatabase): Promise<{ position: string; ordinal: string }[]> {
  const { rows } = await database.pool.query<{ position: string; ordinal: string }>('SELECT position::text, ordinal::text FROM store_hash_chain c ORDER BY c.position');
  return rows;
}

async function linkedUpTo(database: TestDatabase, position: bigint): Promise<boolean> {
  return (await lastStoreChainLink(database.pool)).position >= position;
}

describe('the ChainKeeper keeps a hash chain of the events the store returns', () => {
  let database: TestDatabase;
  const closing: { close?: () => Promise<void>; stop?: () => Promise<void> }[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('til_chain_keeper');
  });

  afterEach(async () => {
    for (const item of closing.reverse()) await (item.stop ?? item.close)!.call(item);
    closing.length = 0;
    await database.drop();
  });

  function keeper(store: EventStore, log: string[] = [], batchSize = 4, pool: pg.Pool = database.pool): ChainKeeper {
    const kept = new ChainKeeper({ store, pool, batchSize, retryDelayMs: 20, log: (message) => log.push(message) });
    closing.push(kept);
    return kept;
  }

  function postgresStore(): PostgresEventStore {
    const store = new PostgresEventStore(database.pool);
    closing.unshift(store);
    return store;
  }

  it('given events already stored and more appended while it runs, then each is linked once, in order, and the chain verifies', async () => {
    const store = postgresStore();
    await store.append('academy-100001', events(6), { expectedVersion: 'no-stream' });
    const log: string[] = [];
    const kept = keeper(store, log);
    await kept.start();
    await store.append('academy-100002', events(5), { expectedVersion: 'no-stream' });
    await store.append('academy-100001', events(3, 6), { expectedVersion: 5 });
    await waitUntil(() => linkedUpTo(database, 14n), { message: 'the keeper to link 14 events' });

    expect(await links(database)).toEqual(Array.from({ length: 14 }, (_, index) => ({ position: `${index + 1}`, ordinal: `${index + 1}` })));
    expect(kept.status()).toMatchObject({ state: 'running', position: 14n, linked: 14n, lastError: null });
    expect(log[0]).toBe("hash chain: keeping the store's chain from position 0 (0 events linked)");
    expect(log.at(-1)).toMatch(/^hash chain: linked \d+ event\(s\), up to position 14 \(14 in all\)$/);
    const progress: number[] = [];
    const verification = await verifyStoreChain(database.pool, store, { batchSize: 5, onProgress: (done) => progress.push(done) });
    const head = await storeHashChain(database.pool, store).head();
    expect(verification).toEqual({ from: '1', to: '14', verified: 14, hashAtTo: head.link.toString('hex'), firstMismatch: null });
    expect(progress).toEqual([5, 10, 14]);
    expect(await verifyStoreChain(database.pool, store, { from: 4n, to: 9n, batchSize: 2 })).toMatchObject({ from: '4', to: '9', verified: 6, firstMismatch: null });
  });

  it('given a keeper stopped (or crashed) part way, when another starts, then it resumes after the last link, writing none twice', async () => {
    const store = postgresStore();
    await store.append('academy-100001', events(5), { expectedVersion: 'no-stream' });
    const first = keeper(store);
    await first.start();
    await waitUntil(() => linkedUpTo(database, 5n));
    await first.stop();
    await store.append('academy-100001', events(7, 5), { expectedVersion: 4 });
    expect(await links(database)).toHaveLength(5);
    const { rows: before } = await database.pool.query<{ link: Buffer }>('SELECT link FROM store_hash_chain WHERE position = 5');

    const log: string[] = [];
    const second = keeper(store, log);
    await second.start();
    await waitUntil(() => linkedUpTo(database, 12n));
    expect(log[0]).toBe("hash chain: keeping the store's chain from position 5 (5 events linked)");
    expect((await links(database)).map((link) => link.ordinal)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    const { rows: after } = await database.pool.query<{ link: Buffer }>('SELECT link FROM store_hash_chain WHERE position = 5');
    expect(after[0]!.link).toEqual(before[0]!.link);
    expect(await verifyStoreChain(database.pool, store)).toMatchObject({ verified: 12, firstMismatch: null });
  });

  it('given two keepers (two processes) racing while appends go on, then every event is linked exactly once and the chain verifies', async () => {
    const appender = postgresStore();
    // The second keeper as another process would be: its own pool, its own connections.
    const otherPool = createPool({ url: database.url, max: 3 });
    closing.unshift({ close: () => otherPool.end() });
    const otherStore = new PostgresEventStore(otherPool);
    closing.push(otherStore);
    const [one, two] = [keeper(postgresStore(), [], 3), keeper(otherStore, [], 5, otherPool)];
    await Promise.all([one.start(), two.start()]);
    await Promise.all(Array.from({ length: 8 }, (_, academy) => appender.append(`academy-${100000 + academy}`, events(5), { expectedVersion: 'no-stream' })));
    await waitUntil(() => linkedUpTo(database, 40n), { message: 'both keepers to link 40 events' });
    await waitUntil(() => one.status().position === 40n && two.status().position === 40n, { message: 'both keepers to see the chain at 40' });

    expect((await links(database)).map((link) => [link.position, link.ordinal])).toEqual(Array.from({ length: 40 }, (_, index) => [`${index + 1}`, `${index + 1}`]));
    expect(await verifyStoreChain(database.pool, appender, { batchSize: 7 })).toMatchObject({ verified: 40, firstMismatch: null });
  });

  it('given the database refusing a batch, then the keeper links nothing past it and follows again from its last link', async () => {
    const store = postgresStore();
    await store.append('academy-100001', events(3), { expectedVersion: 'no-stream' });
    const errors: string[] = [];
    const kept = new ChainKeeper({ store, pool: database.pool, batchSize: 2, retryDelayMs: 20, logError: (message) => errors.push(message) });
    closing.push(kept);
    await database.pool.query(`CREATE FUNCTION refuse_links() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no links today'; END $$`);
    await database.pool.query('CREATE TRIGGER refuse_links BEFORE INSERT ON store_hash_chain FOR EACH STATEMENT EXECUTE FUNCTION refuse_links()');
    await kept.start();
    await waitUntil(() => errors.length >= 2, { message: 'the keeper to fail and retry' });
    expect(errors[0]).toMatch(/^hash chain: stopped keeping the chain after position 0: no links today; following again in 20 ms$/);
    expect(kept.status()).toMatchObject({ state: 'retrying', lastError: 'no links today' });
    expect(await links(database)).toEqual([]);

    await database.pool.query('DROP TRIGGER refuse_links ON store_hash_chain');
    await waitUntil(() => linkedUpTo(database, 3n), { message: 'the keeper to link once the database accepts' });
    await waitUntil(() => kept.status().state === 'running');
    expect(await verifyStoreChain(database.pool, store)).toMatchObject({ verified: 3, firstMismatch: null });
  });

  it('refuses to update, delete or truncate a link, as the events table refuses', async () => {
    const store = postgresStore();
    await store.append('academy-100001', events(2), { expectedVersion: 'no-stream' });
    const kept = keeper(store);
    await kept.start();
    await waitUntil(() => linkedUpTo(database, 2n));
    await expect(database.pool.query("UPDATE store_hash_chain SET link = decode(repeat('00', 32), 'hex') WHERE position = 1")).rejects.toThrow(/the hash chain is immutable: UPDATE/);
    await expect(database.pool.query('DELETE FROM store_hash_chain WHERE position = 2')).rejects.toThrow(/the hash chain is immutable: DELETE/);
    await expect(database.pool.query('TRUNCATE store_hash_chain')).rejects.toThrow(/the hash chain is immutable: TRUNCATE/);
  });

  describe('over the EventStoreDB adapter (the in-memory stand-in of its client: positions are offsets, packed beyond 2^64)', () => {
    it('links its events, skipping its system events as every read does, and names an event edited in the log', async () => {
      const client = new FakeEventStoreDbClient();
      const store = new EventStoreDbEventStore(client, { batchWindowMs: 1 });
      closing.unshift(store);
      await store.append('academy-100001', events(3), { expectedVersion: 'no-stream' });
      client.writeSystemEvent();
      const kept = keeper(store, [], 2);
      await kept.start();
      const appended = await store.append('academy-100002', events(4), { expectedVersion: 'no-stream' });
      await waitUntil(() => linkedUpTo(database, appended.lastPosition), { message: 'the keeper to link the EventStoreDB events' });

      const positions = (await links(database)).map((link) => BigInt(link.position));
      expect(positions).toHaveLength(7);
      expect(positions.every((position) => position > 2n ** 64n)).toBe(true);
      expect(positions[1]! - positions[0]!).toBeGreaterThan(1n);
      const verification = await verifyStoreChain(database.pool, store, { batchSize: 3 });
      expect(verification).toMatchObject({ from: '1', to: appended.lastPosition.toString(), verified: 7, firstMismatch: null });
      expect(await verifyStoreChain(database.pool, store, { from: positions[2]!, to: positions[5]! })).toMatchObject({ verified: 4, firstMismatch: null });

      await kept.stop();
      const fifth = client.log.filter((event) => !event.type.startsWith('$'))[4]!;
      (fifth.data as Record<string, unknown>)['n'] = 99;
      expect((await verifyStoreChain(database.pool, store)).firstMismatch).toMatchObject({ position: positions[4]!.toString(), problem: 'altered' });
      client.log.splice(client.log.indexOf(fifth), 1);
      expect((await verifyStoreChain(database.pool, store)).firstMismatch).toMatchObject({ position: positions[4]!.toString(), problem: 'missing-event' });
    });
  });
});
