import { jsonEvent, type EventData as EsdbEventData, type RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '../event-store.js';
import { decodeMetadata, encodeMetadata, isRecord } from './event-metadata.js';
import { packPosition } from './positions.js';
import type { StreamScope } from './stream-scope.js';

/** A new event as the client writes it: JSON data, our metadata as JSON, our event id as EventStoreDB's. */
export function toEventData(event: NewEvent): EsdbEventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: encodeMetadata(event.schemaVersion, event.metadata),
  });
}

/**
 * A read or subscribed event as the port's RecordedEvent. Null for what the ledger does not own:
 * system events (`$` types, `$` streams), streams outside the scope, and unresolved links. An event
 * in the ledger's streams that cannot be decoded throws: skipping it would leave read models wrong.
 */
export function toRecordedEvent(resolved: { event?: EsdbRecordedEvent | undefined }, scope: StreamScope): RecordedEvent | null {
  const recorded = resolved.event;
  if (recorded === undefined || recorded.type.startsWith('$')) return null;
  const streamId = scope.fromServer(recorded.streamId);
  if (streamId === null) return null;
  const where = `Event ${recorded.id} (${recorded.type}) in stream ${recorded.streamId}`;
  if (!recorded.isJson) throw new TypeError(`${where} is not JSON`);
  if (!isRecord(recorded.data)) throw new TypeError(`${where} has data that is not a JSON object`);
  if (recorded.position === undefined) {
    throw new TypeError(`${where} came without its $all position: the adapter needs EventStoreDB 22.6 or later`);
  }
  let decoded: ReturnType<typeof decodeMetadata>;
  try {
    decoded = decodeMetadata(recorded.metadata);
  } catch (error) {
    throw new TypeError(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion: decoded.schemaVersion,
    data: recorded.data,
    metadata: decoded.metadata,
    streamId,
    streamVersion: Number(recorded.revision),
    position: packPosition(recorded.position),
    recordedAt: recorded.created,
  };
}
