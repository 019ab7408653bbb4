import { randomUUID } from 'node:crypto';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import type { EventMetadata } from '../event-store.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { ChainKeeper } from './chain-keeper.js';
import { signChainHead } from './chain-digest.js';
import { eventHashChain, historyChainFor, storeHashChain } from './history-chain.js';
import { lastStoreChainLink } from './store-chain-links.js';
import { verifyStoreChain } from './verify-store-chain.js';

/**
 * The kept chain (store_hash_chain) verified against the events read through the port, with each way of
 * altering the history done directly in the database (triggers disabled, as an administrator could), and
 * the keeper's table compared against it: every test its own database of twelve events, linked by a
 * ChainKeeper over the real PostgreSQL adapter, which is stopped before the history is altered.
 */
const metadata = { actor: { userId: 'u', role: 'trust-admin' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } as unknown as EventMetadata;

describe('verifying a kept hash chain names the first position where the events and the links disagree', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createTestDatabase('til_store_chain');
    store = new PostgresEventStore(database.pool);
    for (let academy = 0; academy < 4; academy += 1) {
      const events = [1, 2, 3].map((n) => ({ eventId: randomUUID(), type: 'KpiRecorded', schemaVersion: 1, data: { n, name: 'Zoë Ærø', pence: n * 125 }, metadata }));
      await store.append(`academy-${100000 + academy}`, events, { expectedVersion: 'no-stream' });
    }
    const keeper = new ChainKeeper({ store, pool: database.pool, batchSize: 5 });
    await keeper.start();
    await waitUntil(async () => (await lastStoreChainLink(database.pool)).position === 12n, { message: 'the keeper to link twelve events' });
    await keeper.stop();
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  async function tampered(sql: string, parameters: unknown[] = []): Promise<void> {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      for (const table of ['events', 'event_hash_chain', 'store_hash_chain']) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await client.query(sql, parameters);
      for (const table of ['events', 'event_hash_chain', 'store_hash_chain']) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  const firstMismatch = async (options: Parameters<typeof verifyStoreChain>[2] = {}): Promise<unknown> => (await verifyStoreChain(database.pool, store, options)).firstMismatch;

  it('given the history untouched, then every link matches, and the kept chain is the one signed and verified for EventStoreDB', async () => {
    const verification = await verifyStoreChain(database.pool, store, { batchSize: 5 });
    const { rows } = await database.pool.query<{ link: Buffer }>('SELECT link FROM store_hash_chain WHERE position = 12');
    expect(verification).toEqual({ from: '1', to: '12', verified: 12, hashAtTo: rows[0]!.link.toString('hex'), firstMismatch: null });

    const kept = historyChainFor('eventstoredb', database.pool, store);
    expect(await kept.verify()).toEqual(verification);
    const digest = await signChainHead(database.pool, 'deployment', new Date('2025-07-31T12:00:00Z'), kept);
    expect(digest).toMatchObject({ position: '12', hash: rows[0]!.link.toString('hex') });
    // The kept chain hashes the port's view, PostgreSQL's trigger chain its own columns: two chains, both intact.
    expect((await historyChainFor('postgres', database.pool, store).verify()).firstMismatch).toBeNull();
    expect((await eventHashChain(database.pool).head()).link.equals(rows[0]!.link)).toBe(false);
  });

  it('when an event\'s data is edited, then it names its position as altered; put back, it passes again', async () => {
    const { rows } = await database.pool.query<{ data: unknown }>('SELECT data FROM events WHERE position = 7');
    await tampered(`UPDATE events SET data = jsonb_set(data, '{pence}', '99999') WHERE position = 7`);
    expect(await firstMismatch()).toMatchObject({ position: '7', problem: 'altered' });
    expect(await firstMismatch({ from: 8n })).toBeNull();
    await tampered('UPDATE events SET data = $1 WHERE position = 7', [JSON.stringify(rows[0]!.data)]);
    expect(await firstMismatch()).toBeNull();
  });

  it('when an event\'s metadata or the instant it was recorded is edited, then it names its position as altered', async () => {
    await tampered(`UPDATE events SET recorded_at = recorded_at + interval '1 millisecond' WHERE position = 3`);
    expect(await firstMismatch()).toMatchObject({ position: '3', problem: 'altered' });
    await tampered(`UPDATE events SET metadata = jsonb_set(metadata, '{actor,role}', '"governor"') WHERE position = 2`);
    expect(await firstMismatch()).toMatchObject({ position: '2', problem: 'altered' });
  });

  it('when a link is edited, then it names the link\'s position as altered', async () => {
    await tampered(`UPDATE store_hash_chain SET link = decode(repeat('ab', 32), 'hex') WHERE position = 10`);
    expect(await firstMismatch({ batchSize: 4 })).toMatchObject({ position: '10', problem: 'altered' });
  });

  it('when an event is deleted, it is missing-event; deleted with its link, the ordinals show it; put back without its link, it is missing-link', async () => {
    await database.pool.query('CREATE TABLE deleted_event AS SELECT * FROM events WHERE position = 5');
    await tampered('DELETE FROM events WHERE position = 5');
    expect(await firstMismatch()).toMatchObject({ position: '5', problem: 'missing-event' });
    await tampered('DELETE FROM store_hash_chain WHERE position = 5');
    const both = (await verifyStoreChain(database.pool, store, { batchSize: 3 })).firstMismatch;
    expect(both).toMatchObject({ position: '5', problem: 'missing-event' });
    expect(both?.message).toMatch(/^1 event\(s\) and their links are missing between positions 4 and 6/);
    await tampered('INSERT INTO events SELECT * FROM deleted_event');
    expect(await firstMismatch()).toMatchObject({ position: '5', problem: 'missing-link' });
  });

  it('when the first event is deleted with its link, then the ordinals still show it', async () => {
    await tampered('DELETE FROM events WHERE position = 1');
    await tampered('DELETE FROM store_hash_chain WHERE position = 1');
    expect(await firstMismatch()).toMatchObject({ position: '1', problem: 'missing-event' });
  });

  it('when an event is inserted past the chain\'s last link, then a range reaching it is beyond-head (not linked yet), and the chain up to its last link still verifies', async () => {
    await tampered(
      `INSERT INTO events (position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at)
       VALUES (13, 'academy-100000', 3, $1, 'KpiRecorded', 1, '{}', '{}', now())`,
      [randomUUID()],
    );
    expect(await verifyStoreChain(database.pool, store, { to: 13n })).toMatchObject({ to: '13', verified: 0, firstMismatch: { position: '13', problem: 'beyond-head' } });
    expect(await verifyStoreChain(database.pool, store)).toMatchObject({ to: '12', verified: 12, firstMismatch: null });
  });

  it('when a link is stored beyond the store\'s head, then it is named beyond-head', async () => {
    await tampered(`INSERT INTO store_hash_chain (position, ordinal, link) VALUES (20, 13, decode(repeat('cd', 32), 'hex'))`);
    expect(await firstMismatch()).toMatchObject({ position: '20', problem: 'beyond-head' });
  });

  it('verifies a range from the stored link before it, and the digest signs the kept head', async () => {
    const progress: number[] = [];
    expect(await verifyStoreChain(database.pool, store, { from: 4n, to: 9n, batchSize: 2, onProgress: (done) => progress.push(done) })).toMatchObject({
      from: '4',
      to: '9',
      verified: 6,
      firstMismatch: null,
    });
    expect(progress).toEqual([2, 4, 6]);
    const head = await storeHashChain(database.pool, store).head();
    expect((await verifyStoreChain(database.pool, store, { to: 12n })).hashAtTo).toBe(head.link.toString('hex'));
  });
});
