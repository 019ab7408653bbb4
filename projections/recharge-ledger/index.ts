export * from './recharge-ledger.js';
export * from './recharge-ledger.projection.js';
export * from './recharge-ledger.queries.js';
