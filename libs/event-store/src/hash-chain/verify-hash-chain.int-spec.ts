import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import type { EventMetadata } from '../event-store.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { verifyHashChain } from './verify-hash-chain.js';

/**
 * The hash chain against real PostgreSQL: every append links its events (the trigger), the verifier
 * recomputes the links on its own and agrees, and each way of altering the history directly in the
 * database (triggers disabled, as a database administrator could) is named at its first position.
 */
const metadata = { actor: { userId: 'u', role: 'trust-admin' }, correlationId: 'c', causationId: 'c', idempotencyKey: null } as unknown as EventMetadata;

describe('the hash chain: appends are linked, and an altered history is caught where it was altered', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_hash_chain');
    store = new PostgresEventStore(database.pool);
    for (let academy = 0; academy < 4; academy += 1) {
      const streamId = `academy-${100000 + academy}`;
      const events = [1, 2, 3].map((n) => ({ eventId: randomUUID(), type: 'KpiRecorded', schemaVersion: 1, data: { n, name: 'Zoë Ærø', pence: n * 125 }, metadata }));
      await store.append(streamId, events, { expectedVersion: 'no-stream' });
    }
  }, 30_000);

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function tampered(sql: string, parameters: unknown[] = []): Promise<void> {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE events DISABLE TRIGGER USER');
      await client.query('ALTER TABLE event_hash_chain DISABLE TRIGGER USER');
      await client.query(sql, parameters);
      await client.query('ALTER TABLE events ENABLE TRIGGER USER');
      await client.query('ALTER TABLE event_hash_chain ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  it('given twelve appended events, when verified from the first, then every link matches and the head link is the stored one', async () => {
    const verification = await verifyHashChain(database.pool, { batchSize: 5 });
    const { rows } = await database.pool.query<{ hash: Buffer }>('SELECT hash FROM event_hash_chain WHERE position = 12');
    expect(verification).toEqual({ from: '1', to: '12', verified: 12, hashAtTo: rows[0]!.hash.toString('hex'), firstMismatch: null });
  });

  it('verifies a range from the stored link before it, and reports its progress', async () => {
    const progress: number[] = [];
    const verification = await verifyHashChain(database.pool, { from: 4n, to: 9n, batchSize: 2, onProgress: (done) => progress.push(done) });
    expect(verification).toMatchObject({ from: '4', to: '9', verified: 6, firstMismatch: null });
    expect(progress).toEqual([2, 4, 6]);
  });

  it('given a range starting past the head (even past bigint, as an EventStoreDB position would be), then it is beyond-head', async () => {
    expect((await verifyHashChain(database.pool, { from: 14n })).firstMismatch).toMatchObject({ position: '13', problem: 'beyond-head' });
    expect((await verifyHashChain(database.pool, { from: 2n ** 100n })).firstMismatch).toMatchObject({ position: '13', problem: 'beyond-head' });
  });

  it('when an event\'s data is edited, then verify names its position; when put back, it passes again', async () => {
    const { rows } = await database.pool.query<{ data: unknown }>('SELECT data FROM events WHERE position = 7');
    await tampered(`UPDATE events SET data = jsonb_set(data, '{pence}', '99999') WHERE position = 7`);
    expect((await verifyHashChain(database.pool)).firstMismatch).toMatchObject({ position: '7', problem: 'altered' });
    await tampered('UPDATE events SET data = $1 WHERE position = 7', [JSON.stringify(rows[0]!.data)]);
    expect((await verifyHashChain(database.pool)).firstMismatch).toBeNull();
  });

  it('when an event is deleted, with or without its link, then verify names its position', async () => {
    await database.pool.query('CREATE TABLE deleted_event AS SELECT * FROM events WHERE position = 5');
    await tampered('DELETE FROM events WHERE position = 5');
    expect((await verifyHashChain(database.pool)).firstMismatch).toMatchObject({ position: '5', problem: 'missing-event' });
    await tampered('DELETE FROM event_hash_chain WHERE position = 5');
    expect((await verifyHashChain(database.pool, { batchSize: 3 })).firstMismatch).toMatchObject({ position: '5', problem: 'missing-event' });
    await tampered('INSERT INTO events SELECT * FROM deleted_event');
    expect((await verifyHashChain(database.pool)).firstMismatch).toMatchObject({ position: '5', problem: 'missing-link' });
  });

  it('when an event is inserted past the head, then verify names the position after the head', async () => {
    const verificationBefore = await verifyHashChain(database.pool, { to: 4n });
    expect(verificationBefore.firstMismatch).toBeNull();
    await tampered(
      `INSERT INTO events (position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at)
       VALUES (13, 'academy-100000', 3, $1, 'KpiRecorded', 1, '{}', '{}', now())`,
      [randomUUID()],
    );
    expect((await verifyHashChain(database.pool, { from: 7n })).firstMismatch).toMatchObject({ position: '13', problem: 'beyond-head' });
  });
});
