import type pg from 'pg';
import type { RecordedEvent } from '@trust/event-store';
import type { Projection } from '@trust/projection-runner';
import { auditTrailEntryOf } from './audit-trail.js';

export const AUDIT_TRAIL_PROJECTION = 'audit-trail';

/** The tables the audit trail writes (a rebuild empties them). */
export const AUDIT_TRAIL_TABLES = ['audit_trail'] as const;

/**
 * Stores every event, of every type, as a row of the audit trail. A row is keyed by its event's
 * position, so applying an event twice inserts nothing. It reads the events the runner hands it,
 * never the events table, so it works the same over either event store.
 */
export const auditTrailProjection: Projection = {
  name: AUDIT_TRAIL_PROJECTION,
  tables: AUDIT_TRAIL_TABLES,

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const entries = events.map(auditTrailEntryOf);
    await client.query(
      `INSERT INTO audit_trail
         (position, event_id, stream_id, stream_version, type, schema_version, actor_user_id, actor_role,
          correlation_id, causation_id, idempotency_key, recorded_at, academy_ids, data)
       SELECT position, event_id, stream_id, stream_version, type, schema_version, actor_user_id, actor_role,
              correlation_id, causation_id, idempotency_key, recorded_at,
              ARRAY(SELECT jsonb_array_elements_text(academy_ids)), data
         FROM unnest($1::numeric[], $2::text[], $3::text[], $4::integer[], $5::text[], $6::integer[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::text[], $12::timestamptz[], $13::jsonb[], $14::jsonb[])
              AS batch(position, event_id, stream_id, stream_version, type, schema_version, actor_user_id, actor_role,
                       correlation_id, causation_id, idempotency_key, recorded_at, academy_ids, data)
       ON CONFLICT (position) DO NOTHING`,
      [
        entries.map((entry) => entry.position.toString()),
        entries.map((entry) => entry.eventId),
        entries.map((entry) => entry.streamId),
        entries.map((entry) => entry.streamVersion),
        entries.map((entry) => entry.type),
        entries.map((entry) => entry.schemaVersion),
        entries.map((entry) => entry.actorUserId),
        entries.map((entry) => entry.actorRole),
        entries.map((entry) => entry.correlationId),
        entries.map((entry) => entry.causationId),
        entries.map((entry) => entry.idempotencyKey),
        entries.map((entry) => entry.recordedAt.toISOString()),
        // A text[] per row cannot go through unnest (it would flatten), so each row's academies travel as JSON.
        entries.map((entry) => JSON.stringify(entry.academyIds)),
        entries.map((entry) => JSON.stringify(entry.data)),
      ],
    );
  },
};
