import { describeEventStoreContract } from '../contract/event-store.contract.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { EVERY_START, FakeEventStoreDbClient, type FakeStarts } from './test-support/fake-eventstoredb-client.js';

/*
 * The contract every adapter passes, run by the EventStoreDB adapter over the in-memory stand-in for its client
 * (EventStoreDB itself cannot run everywhere the suite does: eventstoredb-event-store.int-spec.ts runs the same
 * contract against a live server when there is one). Once for each side of a position the client might start a
 * subscription or a backward read of $all from, the documented one and the other. Forward reads start at the
 * position only, as documented: readEventAt relies on it (the fake cites the client's own test).
 */
const cases: FakeStarts[] = EVERY_START.flatMap((subscribeToAll) => EVERY_START.map((readAllBackwards) => ({ readAllForwards: 'inclusive' as const, readAllBackwards, subscribeToAll })));

for (const starts of cases) {
  describeEventStoreContract(`EventStoreDB adapter over the fake client (subscriptions ${starts.subscribeToAll}, backward reads ${starts.readAllBackwards})`, async () => {
    const client = new FakeEventStoreDbClient(starts);
    const stores: EventStoreDbEventStore[] = [];
    return {
      async connect() {
        const store = new EventStoreDbEventStore(client, { batchWindowMs: 1 });
        stores.push(store);
        return store;
      },
      async teardown() {
        for (const store of stores) await store.close();
      },
    };
  });
}
