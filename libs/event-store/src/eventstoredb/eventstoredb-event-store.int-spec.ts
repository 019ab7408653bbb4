import { randomUUID } from 'node:crypto';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { createTestDatabase, waitUntil } from '@trust/testing';
import type { NewEvent } from '../event-store.js';
import { ChainKeeper } from '../hash-chain/chain-keeper.js';
import { lastStoreChainLink } from '../hash-chain/store-chain-links.js';
import { verifyStoreChain } from '../hash-chain/verify-store-chain.js';
import { describeEventStoreContract } from '../contract/event-store.contract.js';
import { connectEventStoreDb } from './connect.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING?.trim() ?? '';
const describeIfEventStore = connectionString !== '' ? describe : describe.skip;

if (connectionString === '') {
  console.info(
    'EventStoreDB contract suite skipped: EVENTSTORE_CONNECTION_STRING is not set. To run it, start a server ' +
      '(docker compose -f docker/docker-compose.yml up -d eventstoredb) and run ' +
      'EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false" npm run test:eventstoredb',
  );
} else {
  // A live server answers over the network, and one contract test makes hundreds of appends.
  import.meta.jest.setTimeout(60_000);
}

describeIfEventStore('EventStoreDB adapter on a live server', () => {
  /*
   * EventStoreDB cannot be emptied, so each test gets a slice of the server that looks empty: its own
   * stream prefix (every client of the fixture shares it), and a start position at the head when the
   * fixture was created, so `$all` reads, the subscription and the head see this test's events only.
   * Streams written here stay on the server under `contract-<uuid>:`.
   */
  describeEventStoreContract('EventStoreDB', async () => {
    const streamPrefix = `contract-${randomUUID()}:`;
    const clients: EventStoreDBClient[] = [];
    const stores: EventStoreDbEventStore[] = [];
    const probe = await connectEventStoreDb(connectionString);
    clients.push(probe);
    const startAfter = await new EventStoreDbEventStore(probe).headPosition();
    return {
      async connect() {
        const client = await connectEventStoreDb(connectionString);
        const store = new EventStoreDbEventStore(client, { streamPrefix, startAfter });
        clients.push(client);
        stores.push(store);
        return store;
      },
      async teardown() {
        for (const store of stores) await store.close();
        await Promise.all(clients.map((client) => client.dispose()));
      },
    };
  });
});

describeIfEventStore('the hash chain of a live EventStoreDB, kept in PostgreSQL', () => {
  // Not run where no server is: EventStoreDB events live outside PostgreSQL, so a ChainKeeper links them.
  it('links the events appended, and the chain verifies against the events read back; an unlinked position is beyond-head', async () => {
    const database = await createTestDatabase('til_esdb_chain');
    const client = await connectEventStoreDb(connectionString);
    const startAfter = await new EventStoreDbEventStore(client).headPosition();
    const store = new EventStoreDbEventStore(client, { streamPrefix: `chain-${randomUUID()}:`, startAfter });
    const keeper = new ChainKeeper({ store, pool: database.pool, batchSize: 3 });
    try {
      await keeper.start();
      const event = (n: number): NewEvent => ({
        eventId: randomUUID(),
        type: 'KpiRecorded',
        schemaVersion: 1,
        data: { n },
        metadata: { actor: { userId: 'u', role: 'trust-admin' }, correlationId: 'c', causationId: 'c', idempotencyKey: null },
      });
      await store.append('academy-1', [1, 2, 3, 4].map(event), { expectedVersion: 'no-stream' });
      const last = await store.append('academy-2', [5, 6, 7].map(event), { expectedVersion: 'no-stream' });
      await waitUntil(async () => (await lastStoreChainLink(database.pool)).position === last.lastPosition, { timeoutMs: 30_000, message: 'the keeper to link seven events' });
      expect(await verifyStoreChain(database.pool, store)).toMatchObject({ verified: 7, to: last.lastPosition.toString(), firstMismatch: null });
      await keeper.stop();
      const after = await store.append('academy-3', [event(8)], { expectedVersion: 'no-stream' });
      expect((await verifyStoreChain(database.pool, store, { to: after.lastPosition })).firstMismatch).toMatchObject({ position: after.lastPosition.toString(), problem: 'beyond-head' });
    } finally {
      await keeper.stop();
      await store.close();
      await client.dispose();
      await database.drop();
    }
  });
});
