import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type Direction,
  type EventData as EsdbEventData,
  type Filter,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.js';
import { isUnavailable, toStoreError } from './error-mapping.js';
import { toExpectedRevision } from './expected-revision.js';
import { followSubscription, type SubscriptionSource } from './follow-subscription.js';
import { packPosition, unpackPosition } from './positions.js';
import { toEventData, toRecordedEvent } from './recorded-events.js';
import { StreamScope } from './stream-scope.js';

/** The calls the adapter makes; `EventStoreDBClient` from `@eventstore/db-client` provides them. */
export interface EventStoreDbClient {
  appendToStream(streamName: string, events: EsdbEventData[], options: { expectedRevision: AppendExpectedRevision }): Promise<{ nextExpectedRevision: bigint }>;
  readStream(streamName: string, options: { fromRevision: bigint; maxCount: number; direction: Direction }): AsyncIterable<{ event?: EsdbRecordedEvent | undefined }>;
  readAll(options: { fromPosition: ReadPosition; maxCount: number; direction: Direction }): AsyncIterable<AllStreamResolvedEvent>;
  subscribeToAll(options: { fromPosition: ReadPosition; filter: Filter }): SubscriptionSource<AllStreamResolvedEvent>;
}

export interface EventStoreDbEventStoreOptions {
  /**
   * Confines this client to the streams whose server names start with this prefix: it is added to
   * every stream id written or read and removed from every event returned, and `$all` reads, the
   * subscription (server-side, by stream-name filter) and the head see only those streams. For
   * sharing one server between environments or test runs; leave it out on a dedicated server.
   */
  streamPrefix?: string;
  /** `$all` reads, the subscription and the head ignore everything at or before this position, as if the store began after it. */
  startAfter?: Position | null;
  /** Events per page when reading (default 500). */
  readBatchSize?: number;
  /** How long a subscription batch that is not full waits for more events (default 10 ms). */
  batchWindowMs?: number;
  /** Called once by `close()` after everything has stopped: to dispose a client the store was given to own. */
  onClose?: () => Promise<void>;
}

const HEAD_PAGE_SIZE = 100;
/** One past the largest packed position (commit and prepare each below 2^64). */
const MAX_PACKED = 1n << 128n;

/**
 * The event store on EventStoreDB / KurrentDB. Streams map 1:1 (optionally under a prefix), our event
 * ids and type names become EventStoreDB's, schema version and metadata travel in the event's JSON
 * metadata, and a `$all` position is packed into one bigint (see positions.ts).
 *
 * Appends to one stream from one client are sent one after another, in call order: EventStoreDB
 * does not promise to apply concurrent requests in the order they were sent, and two appends to the
 * same stream would usually conflict anyway. The client is the caller's: `close()` does not dispose it,
 * unless the caller hands that over with `onClose` (as createEventStoreFromConfig does).
 */
export class EventStoreDbEventStore implements EventStore {
  /** `$all` positions are log offsets: the gap between two says nothing about the events between them. */
  readonly positionsAreDense = false;
  private readonly scope: StreamScope;
  private readonly startAfter: Position | null;
  private readonly readBatchSize: number;
  private readonly batchWindowMs: number;
  private readonly onClose: (() => Promise<void>) | null;
  private readonly appendQueues = new Map<string, Promise<void>>();
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly client: EventStoreDbClient,
    options: EventStoreDbEventStoreOptions = {},
  ) {
    this.scope = new StreamScope(options.streamPrefix ?? '');
    this.startAfter = options.startAfter ?? null;
    this.readBatchSize = positiveInteger('readBatchSize', options.readBatchSize ?? 500);
    this.batchWindowMs = options.batchWindowMs ?? 10;
    this.onClose = options.onClose ?? null;
  }

  append(streamId: string, events: readonly NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    if (events.length === 0) return Promise.reject(new RangeError('An append needs at least one event'));
    let serverStreamId: string;
    let expectedRevision: AppendExpectedRevision;
    let data: EsdbEventData[];
    try {
      serverStreamId = this.scope.toServer(streamId);
      expectedRevision = toExpectedRevision(expectedVersion);
      data = events.map(toEventData);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.inStreamOrder(serverStreamId, async () => {
      let nextExpectedRevision: bigint;
      try {
        ({ nextExpectedRevision } = await this.client.appendToStream(serverStreamId, data, { expectedRevision }));
      } catch (error) {
        throw toStoreError(error, { streamId, expectedVersion });
      }
      const positions = await this.positionsOf(serverStreamId, nextExpectedRevision - BigInt(data.length) + 1n, data.length);
      return {
        streamId,
        nextExpectedVersion: Number(nextExpectedRevision),
        firstPosition: positions[0] as Position,
        lastPosition: positions[positions.length - 1] as Position,
      };
    });
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const serverStreamId = this.scope.toServer(streamId);
    const limit = positiveInteger('batchSize', options.batchSize ?? this.readBatchSize);
    let from = BigInt(nonNegativeInteger('fromVersion', options.fromVersion ?? 0));
    for (;;) {
      const raw = await this.readStreamRaw(serverStreamId, from, limit);
      if (raw === null) return;
      for (const resolved of raw) {
        const event = toRecordedEvent(resolved, this.scope);
        if (event !== null) yield event;
        if (resolved.event !== undefined) from = resolved.event.revision + 1n;
      }
      if (raw.length < limit) return;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const limit = positiveInteger('batchSize', options.batchSize ?? this.readBatchSize);
    const to = options.to ?? null;
    // This client's readAll takes no server-side filter (only subscribeToAll does): the type is checked
    // before the event is decoded, so skipped events cost the transfer but not the JSON parsing.
    const types = options.types === undefined ? null : new Set(options.types);
    let after = this.floor(options.after ?? null);
    for (;;) {
      // One more than the page size: a read of $all forwards from a position starts at the event at that position
      // (as the client's own tests show; test-support/fake-eventstoredb-client.ts cites them). Whatever is at or
      // before `after` is dropped below, so a read that started after the position would skip and repeat nothing.
      const raw = await this.collect(this.client.readAll({ fromPosition: toReadPosition(after), maxCount: limit + 1, direction: FORWARDS }));
      const pageStart = after;
      for (const resolved of raw) {
        if (resolved.event === undefined) continue;
        const position = packPosition(resolved.event.position);
        if (after !== null && position <= after) continue;
        if (to !== null && position > to) return;
        if (types !== null && !types.has(resolved.event.type)) {
          after = position;
          continue;
        }
        const event = toRecordedEvent(resolved, this.scope);
        if (event !== null) yield event;
        after = position;
      }
      if (raw.length < limit + 1) return;
      if (after === pageStart) throw new Error('EventStoreDB returned a page of $all that does not move past the position it was read from');
    }
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const filter = this.scope.prefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [this.scope.prefix] });
    const subscription = followSubscription<AllStreamResolvedEvent>({
      after: this.floor(options.after),
      batchSize: positiveInteger('batchSize', options.batchSize ?? this.readBatchSize),
      batchWindowMs: this.batchWindowMs,
      // A subscription starts after the position it is given (documented, and cited in the fake); the follower
      // drops anything at or before its checkpoint too, so a server that started at the position would repeat nothing.
      open: (after) => this.client.subscribeToAll({ fromPosition: toReadPosition(after), filter }),
      toEvent: (resolved) => toRecordedEvent(resolved, this.scope),
      isRetryable: isUnavailable,
      onEvents: options.onEvents,
      onError: options.onError,
    });
    this.subscriptions.add(subscription);
    void subscription.stopped.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    let before: ReadPosition = END;
    // Each page reads back from the last event looked at. Whether it gives that event again (the fake says what is
    // known of backward starts) changes nothing: it was looked at and passed over. So too in positionAt.
    for (;;) {
      const raw: AllStreamResolvedEvent[] = await this.collect(this.client.readAll({ fromPosition: before, maxCount: HEAD_PAGE_SIZE, direction: BACKWARDS }));
      const pageStart: ReadPosition = before;
      for (const { event } of raw) {
        if (event === undefined) continue;
        const position = packPosition(event.position);
        if (this.startAfter !== null && position <= this.startAfter) return null;
        if (!event.type.startsWith('$') && this.scope.fromServer(event.streamId) !== null) return position;
        before = event.position;
      }
      if (raw.length < HEAD_PAGE_SIZE) return null;
      if (before === pageStart) throw new Error('EventStoreDB returned a page of $all that does not move past the position it was read from');
    }
  }

  /**
   * Reads `$all` backwards from the end, a page at a time, until an event of ours recorded at or
   * before `time`. EventStoreDB has no index on the created time, so the cost grows with the number
   * of events recorded after `time` (a recent asOf is cheap, a distant one reads most of the log);
   * a caller that asks often for old times should keep its own time → position index.
   */
  async positionAt(time: Date): Promise<Position | null> {
    const limit = time.getTime();
    let before: ReadPosition = END;
    for (;;) {
      const raw: AllStreamResolvedEvent[] = await this.collect(this.client.readAll({ fromPosition: before, maxCount: HEAD_PAGE_SIZE, direction: BACKWARDS }));
      const pageStart: ReadPosition = before;
      for (const { event } of raw) {
        if (event === undefined) continue;
        const position = packPosition(event.position);
        if (this.startAfter !== null && position <= this.startAfter) return null;
        if (!event.type.startsWith('$') && this.scope.fromServer(event.streamId) !== null && event.created.getTime() <= limit) return position;
        before = event.position;
      }
      if (raw.length < HEAD_PAGE_SIZE) return null;
      if (before === pageStart) throw new Error('EventStoreDB returned a page of $all that does not move past the position it was read from');
    }
  }

  async readEventAt(position: Position): Promise<RecordedEvent | null> {
    if (position < 0n || position >= MAX_PACKED || (this.startAfter !== null && position <= this.startAfter)) return null;
    // A read of $all forwards from a position starts with the event at it, if there is one: this relies on that
    // start being inclusive, as the client's own tests show (test-support/fake-eventstoredb-client.ts cites them).
    const [first] = await this.collect(this.client.readAll({ fromPosition: unpackPosition(position), maxCount: 1, direction: FORWARDS }));
    if (first?.event === undefined || packPosition(first.event.position) !== position) return null;
    return toRecordedEvent(first, this.scope);
  }

  close(): Promise<void> {
    this.closed = true;
    this.closing ??= (async () => {
      await Promise.all(this.appendQueues.values());
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.onClose?.();
    })();
    return this.closing;
  }

  /** Runs appends to one stream one after another, in the order they were called. */
  private inStreamOrder<T>(serverStreamId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.appendQueues.get(serverStreamId) ?? Promise.resolve();
    const result = previous.then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.appendQueues.set(serverStreamId, settled);
    void settled.then(() => {
      if (this.appendQueues.get(serverStreamId) === settled) this.appendQueues.delete(serverStreamId);
    });
    return result;
  }

  /**
   * The `$all` positions of events just appended. EventStoreDB's append answer carries a single
   * position, so they are read back; should that read fail, the append has happened, and retrying it
   * with the same event ids and expected version is idempotent in EventStoreDB.
   */
  private async positionsOf(serverStreamId: string, fromRevision: bigint, count: number): Promise<Position[]> {
    const positions: Position[] = [];
    for (const { event } of (await this.readStreamRaw(serverStreamId, fromRevision, count)) ?? []) {
      if (event?.position !== undefined) positions.push(packPosition(event.position));
    }
    if (positions.length !== count) {
      throw new Error(`EventStoreDB did not return the $all positions of the events appended to ${serverStreamId}: the adapter needs EventStoreDB 22.6 or later`);
    }
    return positions;
  }

  /** One page of a stream as the client returns it; null when the stream does not exist. */
  private async readStreamRaw(serverStreamId: string, fromRevision: bigint, limit: number): Promise<{ event?: EsdbRecordedEvent | undefined }[] | null> {
    try {
      return await this.collect(this.client.readStream(serverStreamId, { fromRevision, maxCount: limit, direction: FORWARDS }));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
  }

  private async collect<T>(items: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    try {
      for await (const item of items) all.push(item);
    } catch (error) {
      throw toStoreError(error);
    }
    return all;
  }

  /** The later of a caller's checkpoint and the configured start. */
  private floor(after: Position | null): Position | null {
    if (this.startAfter === null) return after;
    return after === null || after < this.startAfter ? this.startAfter : after;
  }
}

function toReadPosition(after: Position | null): ReadPosition {
  return after === null ? START : unpackPosition(after);
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  return value;
}

