import type { StoredEventShape } from '../shared/stored-event.js';
import type { EventDataReader } from './event-data-reader.js';

/** Any event of a discriminated union: a `type` and plain JSON data. */
export type AnyEvent = { type: string; data: Record<string, unknown> };

/** Turns data stored at schema version n into data of version n + 1. Pure: it must not change its input. */
export type Upcaster = ((data: Record<string, unknown>) => Record<string, unknown>) | StreamOriginUpcaster;

/**
 * An upcaster for a version that lacks a fact the first event of its own stream holds (a reversal that
 * did not yet carry its recharge's delivery day, say). Whoever reads the store looks that first event up
 * and attaches it to the event (libs/event-store's withStreamOrigins); the upcaster stays pure.
 */
export interface StreamOriginUpcaster {
  readsStreamOrigin: true;
  upcast(data: Record<string, unknown>, streamOrigin: StoredEventShape): Record<string, unknown>;
}

/** What a reader looked up for the upcasters of an event. */
export interface UpcastContext {
  /** The first event of the event's stream, for a StreamOriginUpcaster; null when not looked up. */
  streamOrigin: StoredEventShape | null;
}

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

/**
 * How one of the domain's own event types is stored, and the date in the school world an event of it is
 * about (ISO `YYYY-MM-DD`): the axis `on=<date>` reads (see time/effective-date.ts).
 */
export interface DatedCatalogueEntry<Data> extends CatalogueEntry<Data> {
  /** The event's date in the school world, from its own data; null for an event about no such date. Pure. */
  effectiveDate(data: Data): string | null;
}

/** One dated entry for every event type of the union `E`: the domain's catalogues are these. */
export type DatedEventCatalogue<E extends AnyEvent> = {
  readonly [T in E['type']]: DatedCatalogueEntry<Extract<E, { type: T }>['data']>;
};
