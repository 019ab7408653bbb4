import { randomUUID } from 'node:crypto';
import type { EventStoreDBClient } from '@eventstore/db-client';
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
