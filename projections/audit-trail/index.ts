export * from './audit-trail.js';
export * from './audit-trail.projection.js';
export * from './audit-trail.queries.js';
