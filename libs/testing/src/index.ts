export * from './test-database.js';
export * from './wait-until.js';
export * from './accepted-shares.js';
