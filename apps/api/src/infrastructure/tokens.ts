/** Injection tokens of the infrastructure the composition root provides. */

/** The application's pg.Pool (owned by whoever created the app: main.ts or a test). */
export const PG_POOL = Symbol('PG_POOL');
/** The EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/**
 * The EventStore as it holds the events: the adapter under EVENT_STORE's sealing, whose reads keep
 * sealed text sealed. What the hash chain covers; nothing else should read through it.
 */
export const STORED_EVENTS = Symbol('STORED_EVENTS');
/** The HistoryChain of the configured store (GET /audit/digest, /audit/verify): PostgreSQL's trigger chain, or the kept chain of EventStoreDB's events. */
export const HISTORY_CHAIN = Symbol('HISTORY_CHAIN');
/** `() => Date`: the clock commands decide with. */
export const CLOCK = Symbol('CLOCK');
/** The in-process ProjectionRunner, or null when another process (the worker) runs the projections. */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
/** The JobQueue port: BullMQ with REDIS_URL, in-process otherwise. */
export const JOB_QUEUE = Symbol('JOB_QUEUE');
/** The SubjectKeyStore: the data subjects' keys, to open what is read without the event store (the audit trail). */
export const SUBJECT_KEYS = Symbol('SUBJECT_KEYS');
/** The RetentionSchedule: how long each category of personal data is kept (RETENTION_YEARS). */
export const RETENTION_SCHEDULE = Symbol('RETENTION_SCHEDULE');
/** The API's tunables (ApiSettings). */
export const API_SETTINGS = Symbol('API_SETTINGS');

export type Clock = () => Date;

export interface ApiSettings {
  /** How long a query waits for the read models to reach `minPosition` before answering 503. */
  readModelWaitMs: number;
  /** How long a request waits for a concurrent request with the same Idempotency-Key to finish before answering 409. */
  idempotencyWaitMs: number;
  /** A pending Idempotency-Key claim older than this was left by a crashed request and may be taken over. */
  idempotencyLeaseMs: number;
  /** `/health/ready` answers 503 while a projection lags further than this behind the store (READY_MAX_LAG_SECONDS). */
  readinessMaxLagSeconds: number;
}
