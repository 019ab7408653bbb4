import type { EventDataReader } from './event-data-reader.js';

/** Any event of a discriminated union: a `type` and plain JSON data. */
export type AnyEvent = { type: string; data: Record<string, unknown> };

/** Turns data stored at schema version n into data of version n + 1. Pure: it must not change its input. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/** How one event type is stored. */
export interface CatalogueEntry<Data> {
  /** The explicit name the store keeps, never derived from a class or a variable name. */
  storedName: string;
  /** The version new events are written at. */
  schemaVersion: number;
  /**
   * The upcaster chain, in order: `upcasters[0]` turns version 1 into 2, `upcasters[n - 1]` turns n into
   * n + 1; so there are exactly `schemaVersion - 1` of them.
   */
  upcasters: readonly Upcaster[];
  /** Reads data of the current schema version. */
  read(data: EventDataReader): Data;
}

/** One entry for every event type of the union `E`. */
export type EventCatalogue<E extends AnyEvent> = {
  readonly [T in E['type']]: CatalogueEntry<Extract<E, { type: T }>['data']>;
};
