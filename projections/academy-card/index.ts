export * from './academy-card.js';
export * from './academy-card.projection.js';
export * from './academy-card.queries.js';
