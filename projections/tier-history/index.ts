export * from './tier-history.js';
export * from './tier-history.projection.js';
export { listTierDecisions, listTierHistory } from './tier-history.queries.js';
