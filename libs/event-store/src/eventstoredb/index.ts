export { EventStoreDbEventStore, type EventStoreDbClient, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store.js';
export { connectEventStoreDb } from './connect.js';
export { packPosition, unpackPosition } from './positions.js';
