export * from './deadline.js';
export * from './deadline-changes.js';
export * from './deadline-check.js';
export * from './deadline-reactor.js';
export * from './pending-deadlines.js';
export * from './reactor-checkpoint.js';
export * from './register-deadline-checks.js';
export * from './schedule-deadline.js';
