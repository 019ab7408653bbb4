export * from './event-store.js';
export * from './errors.js';
export * from './handle-command.js';
export { FoldedStreams, type FoldedStream, type FoldedStreamsOptions, type KeyedCommand } from './folded-streams.js';
export * from './stream-origins.js';
export * from './postgres/postgres-event-store.js';
export * from './eventstoredb/index.js';
export * from './event-store-config.js';
export * from './hash-chain/index.js';
