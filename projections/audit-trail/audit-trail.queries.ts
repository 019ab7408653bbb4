import type pg from 'pg';

/** An event as GET /audit answers it: positions as decimal strings, times as ISO 8601. */
export interface AuditEventView {
  position: string;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  actor: { userId: string; role: string };
  correlationId: string;
  causationId: string;
  idempotencyKey: string | null;
  recordedAt: string;
  academyIds: string[];
  /** The data as stored, sealed texts opened (`[erased]` once erased); null when withheld from the reader (see `withholdConfidential`). */
  data: Record<string, unknown> | null;
  dataWithheld: boolean;
}

export interface AuditTrailFilter {
  streamId?: string;
  /** The stored event type name. */
  type?: string;
  /** The actor's user id. */
  actor?: string;
  /** Events that concern this academy (on its own stream or any other, such as a recharge). */
  academyId?: string;
  /** recordedAt at or after. */
  from?: Date;
  /** recordedAt strictly before. */
  to?: Date;
  /** Events strictly after this position (keyset pagination). */
  after?: bigint;
  limit: number;
  /**
   * Withholds the data of confidential events (a peer review visit's findings and report, which seed
   * 003 keeps to the visit's attendees, the chief executive and the host's chair of governors): the
   * row still says who did what, when, but not what was found.
   */
  withholdConfidential: boolean;
}

/** Streams whose event data only those mayReadPeerReview allows may read. */
export const CONFIDENTIAL_STREAM_PREFIX = 'peer-review-visit-';

interface AuditTrailRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  actor_user_id: string;
  actor_role: string;
  correlation_id: string;
  causation_id: string;
  idempotency_key: string | null;
  recorded_at: Date;
  academy_ids: string[];
  data: Record<string, unknown> | null;
  data_withheld: boolean;
}

/**
 * Opens a batch of stored data (openStoredData of @trust/personal-data, with the deployment's keys): each
 * sealed text as plaintext, or `[erased]` once its subject's key is destroyed.
 */
export type OpenStoredData = (events: readonly { type: string; data: Record<string, unknown> }[]) => Promise<Record<string, unknown>[]>;

/** Matching events in position order, at most `limit` of them, their data opened. */
export async function listAuditTrail(db: pg.Pool | pg.PoolClient, filter: AuditTrailFilter, open: OpenStoredData): Promise<AuditEventView[]> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const where = (sql: (placeholder: string) => string, value: unknown): void => {
    values.push(value);
    conditions.push(sql(`$${values.length}`));
  };
  if (filter.streamId !== undefined) where((p) => `stream_id = ${p}`, filter.streamId);
  if (filter.type !== undefined) where((p) => `type = ${p}`, filter.type);
  if (filter.actor !== undefined) where((p) => `actor_user_id = ${p}`, filter.actor);
  if (filter.academyId !== undefined) where((p) => `academy_ids @> ARRAY[${p}::text]`, filter.academyId);
  if (filter.from !== undefined) where((p) => `recorded_at >= ${p}::timestamptz`, filter.from.toISOString());
  if (filter.to !== undefined) where((p) => `recorded_at < ${p}::timestamptz`, filter.to.toISOString());
  if (filter.after !== undefined) where((p) => `position > ${p}::numeric`, filter.after.toString());
  values.push(filter.withholdConfidential, CONFIDENTIAL_STREAM_PREFIX.replace(/[\\%_]/g, (character) => `\\${character}`) + '%');
  const withheld = `($${values.length - 1}::boolean AND stream_id LIKE $${values.length})`;
  values.push(filter.limit);
  const { rows } = await db.query<AuditTrailRow>(
    `SELECT position::text AS position, event_id, stream_id, stream_version, type, schema_version, actor_user_id, actor_role,
            correlation_id, causation_id, idempotency_key, recorded_at, academy_ids,
            CASE WHEN ${withheld} THEN NULL ELSE data END AS data, ${withheld} AS data_withheld
       FROM audit_trail
      ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`}
      ORDER BY audit_trail.position
      LIMIT $${values.length}`,
    values,
  );
  const shown = rows.filter((row) => row.data !== null);
  const opened = new Map(shown.map((row, index) => [row.position, index]));
  const openedData = await open(shown.map((row) => ({ type: row.type, data: row.data! })));
  return rows.map((row) => ({
    position: row.position,
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    actor: { userId: row.actor_user_id, role: row.actor_role },
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    idempotencyKey: row.idempotency_key,
    recordedAt: row.recorded_at.toISOString(),
    academyIds: row.academy_ids,
    data: row.data === null ? null : openedData[opened.get(row.position)!]!,
    dataWithheld: row.data_withheld,
  }));
}
