export * from './database-url.js';
export * from './create-pool.js';
export * from './transaction.js';
export * from './migrate.js';
export * from './embedded-postgres.js';
export * from './connection-failure.js';
