export * from './chain-link.js';
export * from './canonical-event.js';
export * from './verify-hash-chain.js';
export * from './store-chain-links.js';
export * from './verify-store-chain.js';
export * from './chain-keeper.js';
export * from './history-chain.js';
export * from './chain-digest.js';
