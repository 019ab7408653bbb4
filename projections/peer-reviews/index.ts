export * from './peer-reviews.js';
export * from './peer-reviews.projection.js';
export * from './peer-reviews.queries.js';
