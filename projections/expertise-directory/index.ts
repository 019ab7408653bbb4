export * from './expertise-directory.js';
export * from './expertise-directory.projection.js';
export * from './expertise-directory.queries.js';
