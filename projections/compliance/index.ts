export * from './compliance.js';
export * from './compliance.projection.js';
export * from './compliance.queries.js';
