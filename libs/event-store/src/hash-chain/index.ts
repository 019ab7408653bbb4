export * from './chain-link.js';
export * from './verify-hash-chain.js';
export * from './chain-digest.js';
