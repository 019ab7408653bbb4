import type { RecordedEvent } from '../event-store.js';

/**
 * Deterministic JSON: object keys sorted (by UTF-16 code unit, recursively), no whitespace, arrays in
 * their order, everything else as JSON.stringify writes it (so a key whose value is undefined is left
 * out, as it would be on the wire). The same value always gives the same text, however its keys were
 * ordered when it was built or parsed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/**
 * The canonical text of an event as the store returns it through the port, which its link in a kept
 * hash chain covers: its position (decimal), stream, version in the stream, id, type, schema version,
 * data, metadata and the instant it was recorded (ISO 8601, UTC). Only those fields: what a wrapper
 * adds on reading (a stream origin, the stored data beside opened data) is not the event.
 */
export function canonicalEventText(event: RecordedEvent): string {
  return canonicalJson({
    position: event.position.toString(),
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt.toISOString(),
  });
}
