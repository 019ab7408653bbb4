import type { RecordedEvent } from '../event-store.js';

/** Columns selected for an event; the position is read as text so no global pg type parser is needed. */
export const EVENT_COLUMNS =
  'position::text AS position, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at';

export interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: RecordedEvent['metadata'];
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: BigInt(row.position),
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
