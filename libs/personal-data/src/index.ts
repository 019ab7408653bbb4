// The public API of @trust/personal-data: personal fields sealed under a key per data subject, the keys
// kept wrapped by the deployment's master key, erasure by destroying a key (docs/DATA-PROTECTION.md).
export * from './field-cipher.js';
export * from './master-key.js';
export * from './subject-key-store.js';
export { PostgresSubjectKeyStore, type Queryable } from './postgres-subject-key-store.js';
export { DEFAULT_SEALING_KEY_CACHE, SealingKeyCache, type SealingKeyCacheOptions } from './sealing-key-cache.js';
export { ERASED, openText, subjectOfSealed } from './sealing/sealed-value.js';
export { openEventData, openStoredData, sealEventData, subjectsToOpen, subjectsToSeal } from './sealing/seal-event-data.js';
export { recordSubject, SealingEventStore } from './sealing-event-store.js';
export { applyRetention, RETENTION_ACTOR, type RetentionDependencies, type RetentionOutcome } from './retention/apply-retention.js';
export { academicYearOfRecordKey, recordsPastRetention } from './retention/retained-records.js';
export {
  nextDailyRun,
  registerRetentionJob,
  requestRetention,
  RETENTION_HOUR_UTC,
  RETENTION_JOB,
  scheduleDailyRetention,
  type RetentionJobData,
  type RetentionJobResult,
} from './retention/retention-job.js';
