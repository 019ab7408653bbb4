/**
 * The event store port. Every adapter (PostgreSQL, EventStoreDB) implements it and passes the
 * same contract suite (`contract/event-store.contract.ts`).
 */

/** A place in the global order of all events. PostgreSQL: a gapless counter. EventStoreDB: commit and prepare positions packed into one bigint. */
export type Position = bigint;

/** The revision of a stream's last event, 0-based (the first event of a stream has version 0). */
export type StreamVersion = number;

/**
 * What the writer believes about the stream it appends to:
 * `any` (no check), `no-stream` (must not exist yet), `stream-exists` (must have at least one event),
 * or the exact version of its last event.
 */
export type ExpectedVersion = 'any' | 'no-stream' | 'stream-exists' | StreamVersion;

/** Event data: plain JSON (dates as ISO strings, money as integer pence). */
export type EventData = Record<string, unknown>;

export interface Actor {
  userId: string;
  role: string;
}

/** Carried by every event: who caused it, and how it relates to the request and command behind it. */
export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string;
  idempotencyKey: string | null;
  /**
   * The command that decided the event (`RecordKpi`), set by the command pipeline: a replayed idempotency
   * key is answered from a stream's events only when they were decided by the same command. Events written
   * outside a command, and those recorded before the ledger kept it, have none.
   */
  commandType?: string;
  /** Set on events a spreadsheet import stored: the file (name and sha256 of its bytes), its kind and the row (its line in the file). */
  import?: ImportOrigin;
}

/** Which import, and which row of its file, an event came from. */
export interface ImportOrigin {
  kind: string;
  fileName: string;
  sha256: string;
  row: number;
}

export interface NewEvent {
  /** Unique id of this event (UUID); an adapter may use it to make a retried append idempotent. */
  eventId: string;
  /** Explicit, stable event type name: never a class name. */
  type: string;
  schemaVersion: number;
  data: EventData;
  metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  streamId: string;
  streamVersion: StreamVersion;
  position: Position;
  /** Set by the store when the event was appended. */
  recordedAt: Date;
  /** The first event of the event's stream, when the reader asked for it (withStreamOrigins): an old schema version's upcaster may need it. */
  streamOrigin?: RecordedEvent;
  /**
   * The data as the store underneath holds it, set by a wrapper that changed what `data` reads
   * (SealingEventStore, which opens sealed texts): what a read model that keeps events as stored (the
   * audit trail) keeps, so it never holds personal data in the clear.
   */
  storedData?: Record<string, unknown>;
}

export interface AppendResult {
  streamId: string;
  /** Version of the stream's last event after the append. */
  nextExpectedVersion: StreamVersion;
  /** Global position of the first and last events appended. */
  firstPosition: Position;
  lastPosition: Position;
}

export interface ReadStreamOptions {
  /** First stream version to read (inclusive); 0 when absent. */
  fromVersion?: StreamVersion;
  batchSize?: number;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; from the beginning when null or absent. */
  after?: Position | null;
  /** Stop after this position (inclusive). */
  to?: Position | null;
  /**
   * Only events of these stored type names, filtered by the store where it can (absent: every type).
   * The events left out report no position, so a caller that must know how far it has read passes `to`.
   */
  types?: readonly string[];
  batchSize?: number;
}

/** Called with each batch of events, in position order. The subscription waits for it before reading on. */
export type EventBatchHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  /** Deliver events strictly after this checkpoint; from the beginning when null. */
  after: Position | null;
  onEvents: EventBatchHandler;
  batchSize?: number;
  /** Called when the handler throws; the subscription then stops (it never skips an event). */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Stops following; resolves once any batch in flight has been handled. */
  stop(): Promise<void>;
  /** Resolves when the subscription has stopped (after `stop()` or a handler error). */
  readonly stopped: Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  /** The stream's events in version order; an absent stream yields nothing. Pages internally (bounded memory). */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /**
   * Optional: the events of several streams in one read, each stream's in version order (absent streams are
   * left out of the map). For bulk loaders that would otherwise read thousands of mostly new streams one by
   * one; the caller bounds how many it asks for at once. Adapters that cannot read many streams at once leave it out.
   */
  readStreams?(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** All events in global position order. Pages internally (bounded memory). */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catches up from a checkpoint, then follows new events as they are appended. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** Position of the last event in the store, or null when it is empty. */
  headPosition(): Promise<Position | null>;
  /** The event at exactly this position, or null when the store has none there. */
  readEventAt(position: Position): Promise<RecordedEvent | null>;
  /**
   * The position of the last event recorded at or before `time` (null when none was): what the store
   * knew at that moment. recordedAt is whole milliseconds and never goes backwards in position order,
   * so every event after the answer was recorded after `time`.
   */
  positionAt(time: Date): Promise<Position | null>;
  /**
   * True when positions are consecutive integers (1, 2, 3, … as in PostgreSQL), so the difference of
   * two positions counts the events between them; false when they are offsets (EventStoreDB's $all).
   */
  readonly positionsAreDense: boolean;
  close(): Promise<void>;
}
