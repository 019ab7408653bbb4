export * from './projection.js';
export * from './checkpoints.js';
export * from './apply-batch.js';
export * from './projection-runner.js';
export * from './versioned-rows.js';
export * from './rebuild.js';
export * from './rebuild-job.js';
export * from './rebuild-lock.js';
