import type { ReadEventShape, StoredEventShape } from '../shared/stored-event.js';
import type { AnyEvent, CatalogueEntry, EventCatalogue, UpcastContext, Upcaster } from './event-catalogue.js';
import { EventCodecError } from './event-codec-error.js';
import { eventDataReader } from './event-data-reader.js';

export interface EventCodec<E extends AnyEvent> {
  /** The event as it is stored: its stored name, the current schema version, a copy of its data. */
  encode(event: E): StoredEventShape;
  /**
   * A stored event, upcast to the current schema version and checked for shape. An event whose upcasting
   * reads its stream's first event (readsStreamOrigin) needs that event as its `streamOrigin`.
   */
  decode(stored: ReadEventShape): E;
  /** Whether upcasting this stored event reads the first event of its stream. */
  readsStreamOrigin(stored: Pick<StoredEventShape, 'type' | 'schemaVersion'>): boolean;
}

export function createEventCodec<E extends AnyEvent>(catalogue: EventCatalogue<E>): EventCodec<E> {
  const byType = new Map<string, CatalogueEntry<E['data']>>();
  const byStoredName = new Map<string, { type: E['type']; entry: CatalogueEntry<E['data']> }>();
  for (const type of Object.keys(catalogue) as E['type'][]) {
    const entry: CatalogueEntry<E['data']> = catalogue[type];
    checkEntry(type, entry);
    if (byStoredName.has(entry.storedName)) {
      throw new Error(`event catalogue: the stored name "${entry.storedName}" is given to two event types`);
    }
    byType.set(type, entry);
    byStoredName.set(entry.storedName, { type, entry });
  }

  return {
    encode(event) {
      const entry = byType.get(event.type);
      if (entry === undefined) {
        throw new EventCodecError(`cannot encode event type "${event.type}": it is not in the event catalogue`);
      }
      return { type: entry.storedName, schemaVersion: entry.schemaVersion, data: structuredClone(event.data) };
    },

    decode(stored) {
      const { type, entry, data } = upcastStored(stored, { streamOrigin: stored.streamOrigin ?? null });
      const read = entry.read(eventDataReader(`${stored.type} v${entry.schemaVersion}`, data));
      // `read` is the data of the entry for `type`, which the catalogue's mapped type guarantees.
      return { type, data: read } as E;
    },

    readsStreamOrigin(stored) {
      const entry = byStoredName.get(stored.type)?.entry;
      if (entry === undefined || !Number.isInteger(stored.schemaVersion) || stored.schemaVersion < 1) return false;
      return entry.upcasters.slice(stored.schemaVersion - 1).some((upcaster) => typeof upcaster !== 'function');
    },
  };

  /** The stored event's entry and its data upcast to the entry's version, after checking the version and data can be read. */
  function upcastStored(stored: StoredEventShape, context: UpcastContext): { type: E['type']; entry: CatalogueEntry<E['data']>; data: Record<string, unknown> } {
    const known = byStoredName.get(stored.type);
    if (known === undefined) {
      throw new EventCodecError(`cannot decode event type "${stored.type}": it is not in the event catalogue`);
    }
    const { type, entry } = known;
    const version = stored.schemaVersion;
    if (!Number.isInteger(version) || version < 1) {
      throw new EventCodecError(`cannot decode ${stored.type}: schema version ${String(version)} is not a version`);
    }
    if (version > entry.schemaVersion) {
      throw new EventCodecError(
        `cannot decode ${stored.type} v${version}: this build knows versions up to ${entry.schemaVersion}; ` +
          'deploy a newer build to read it',
      );
    }
    if (typeof stored.data !== 'object' || stored.data === null || Array.isArray(stored.data)) {
      throw new EventCodecError(`cannot decode ${stored.type} v${version}: its data is not a JSON object`);
    }
    const data = entry.upcasters.slice(version - 1).reduce((upcast, upcaster) => applyUpcaster(upcaster, upcast, stored, context), stored.data);
    return { type, entry, data };
  }
}

function applyUpcaster(upcaster: Upcaster, data: Record<string, unknown>, stored: StoredEventShape, context: UpcastContext): Record<string, unknown> {
  if (typeof upcaster === 'function') return upcaster(data);
  if (context.streamOrigin === null) {
    throw new EventCodecError(`cannot upcast ${stored.type} v${stored.schemaVersion}: it reads the first event of its stream, which was not looked up`);
  }
  return upcaster.upcast(data, context.streamOrigin);
}

function checkEntry(type: string, entry: CatalogueEntry<unknown>): void {
  if (!Number.isInteger(entry.schemaVersion) || entry.schemaVersion < 1) {
    throw new Error(`event catalogue: ${type} has schema version ${entry.schemaVersion}; versions start at 1`);
  }
  if (entry.upcasters.length !== entry.schemaVersion - 1) {
    throw new Error(
      `event catalogue: ${type} is at schema version ${entry.schemaVersion} ` +
        `so needs ${entry.schemaVersion - 1} upcasters, has ${entry.upcasters.length}`,
    );
  }
}
