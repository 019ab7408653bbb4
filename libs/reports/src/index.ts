// The public API of @trust/reports: report snapshots, built by a background job as the read models stood at a position.
export * from './report-job.js';
