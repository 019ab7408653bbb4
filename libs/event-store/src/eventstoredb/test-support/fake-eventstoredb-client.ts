import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamJSONRecordedEvent,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type Direction,
  type EventData,
  type Filter,
  type JSONType,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import type { EventStoreDbClient } from '../eventstoredb-event-store.js';
import type { SubscriptionSource } from '../follow-subscription.js';

type FakeSubscription = PassThrough & SubscriptionSource<AllStreamResolvedEvent> & { filter: Filter; fromPosition: ReadPosition };

const compare = (a: Position, b: Position): number => (a.commit === b.commit ? Number(a.prepare - b.prepare) : Number(a.commit - b.commit));

/** Whether a read or subscription that starts from a `$all` position gives the event at that position. */
export type StartAt = 'inclusive' | 'exclusive';

/** Where the fake's reads and subscriptions of `$all` start, relative to the position they are given. */
export interface FakeStarts {
  readAllForwards: StartAt;
  readAllBackwards: StartAt;
  subscribeToAll: StartAt;
}

/*
 * Where the starts of @eventstore/db-client (6.2.1, the version installed) come from. Its type docs say only
 * "Starts the read at the given position" for readAll and subscribeToAll alike (dist/streams/readAll.d.ts,
 * dist/streams/subscribeToAll.d.ts), which does not settle whether the event at the position is included, so:
 *
 * - readAll forwards is inclusive. The client's own test "from position" reads three events, then reads one
 *   from the third's position and gets that same event back:
 *   https://github.com/EventStore/EventStore-Client-NodeJS/blob/960540e162a5f6554fcd28f50cdfacf209b55fb8/packages/test/src/streams/readAll.test.ts
 *   The server's read index agrees: a forward read takes a "pre-position (pointer at the beginning of the
 *   record)" (IReadIndex.ReadAllEventsForward,
 *   https://github.com/EventStore/EventStore/blob/7f83df23e5ce388990ff304ed44052ffe7c56037/src/EventStore.Core/Services/Storage/ReaderIndex/IReadIndex.cs).
 * - subscribeToAll is exclusive. The documentation of catch-up subscriptions: subscribing to $all, "the handler
 *   will be called for every event written after the starting position", and "The positions provided to the
 *   subscriptions are exclusive. You will only receive the next event after the subscribed position"
 *   (https://developers.eventstore.com/clients/grpc/subscribing-to-streams/; the warning as worded in
 *   https://developers.eventstore.com/clients/dotnet/generated/v20.6.1/subscribing-to-streams/). The client's
 *   test "from position" subscribes from a marker event's position and counts 7 events, the marker not among them
 *   (https://github.com/EventStore/EventStore-Client-NodeJS/blob/36e167fd6cef7d3cf7120d6db772aa2e2a6d36ad/packages/test/src/streams/subscribeToAll.test.ts),
 *   as does its test "checkpoints" (subscribeToAll-filters.test.ts, below).
 * - readAll backwards is exclusive, by inference only: no client documentation or test found says so. The
 *   server's read index takes a backward read's position as a "post-position (pointer after the end of record)"
 *   (IReadIndex.ReadAllEventsBackward, same file), and an event's own position is where its record begins, so a
 *   backward read from an event's position would begin with the event before it.
 *
 * None of this has been observed against a live server here. The adapter is pinned against both starts of each
 * (eventstoredb-event-store.spec.ts), except readEventAt, which relies on the inclusive forward read above.
 */
export const DOCUMENTED_STARTS: FakeStarts = { readAllForwards: 'inclusive', readAllBackwards: 'exclusive', subscribeToAll: 'exclusive' };

/** Both starts, to pin the adapter against each. */
export const EVERY_START: readonly StartAt[] = ['inclusive', 'exclusive'];

/**
 * An in-memory stand-in for the parts of EventStoreDB the adapter calls. It is not EventStoreDB: the contract
 * suite against a live server is (eventstoredb-event-store.int-spec.ts). What it assumes, and where from:
 *
 * - Where reads and subscriptions of `$all` start: DOCUMENTED_STARTS above, or the `starts` it is given.
 * - `$all` positions are log offsets, `{ commit, prepare }` (an event's "logical position that is represented by
 *   CommitPosition and a PreparePosition", https://developers.eventstore.com/clients/grpc/reading-events.html).
 *   They grow by each record's size, so two events' positions are never consecutive. Commit equals prepare: the
 *   fake writes no multi-event transactions.
 * - `$all` holds EventStoreDB's own events, types and streams starting with `$`: the client's test "from start"
 *   reads more events from $all than it wrote (readAll.test.ts, above).
 * - A forward read of a stream includes the event at `fromRevision` (the client's test "from revision" reads 7
 *   of 8 events from revision 1), and a read of a stream that does not exist throws StreamNotFoundError (its
 *   test "stream not found"):
 *   https://github.com/EventStore/EventStore-Client-NodeJS/blob/8bbf54f07770a91d0c4ee72459619a1e7bf9d2da/packages/test/src/streams/readStream.test.ts
 * - A subscription's filter (stream name or event type, by prefixes or a regex, or excludeSystemEvents) is
 *   applied by the server, so what it leaves out never reaches the client; the client's filter tests count only
 *   the events that match:
 *   https://github.com/EventStore/EventStore-Client-NodeJS/blob/d2b287409346539c9948ef70edca79bbe69da023/packages/test/src/streams/subscribeToAll-filters.test.ts
 * - An append checks the expected revision (any, no stream, stream exists, or an exact revision) and refuses a
 *   mismatch with WrongExpectedVersionError (the client's test "WrongExpectedVersion": no_stream on a stream
 *   that exists, https://github.com/EventStore/EventStore-Client-NodeJS/blob/4c2fb7f5773d719906fd2e335fbe831e7ca6f63d/packages/test/src/streams/appendToStream-errors.test.ts).
 * - `created` never goes backwards in log order, a millisecond apart from 2025-01-01: the fake's own choice,
 *   which no document found promises (positionAt reads it as the recorded time).
 */
export class FakeEventStoreDbClient implements EventStoreDbClient {
  readonly log: AllStreamJSONRecordedEvent[] = [];
  readonly subscriptions: FakeSubscription[] = [];
  /** When set, the next calls fail with it. */
  failWith: Error | null = null;
  /** When set, each append waits for this before it is applied (to observe what is in flight). */
  gate: (() => Promise<void>) | null = null;
  appendsInFlight = 0;
  private nextOffset = 1_000n;
  private clock = Date.parse('2025-01-01T00:00:00Z');
  readonly starts: FakeStarts;

  /** `starts` overrides where reads and subscriptions of `$all` start (by default, as documented: DOCUMENTED_STARTS). */
  constructor(starts: Partial<FakeStarts> = {}) {
    this.starts = { ...DOCUMENTED_STARTS, ...starts };
  }

  /** Writes an event as EventStoreDB itself would (stats, scavenges): a `$` type, often in a `$` stream. */
  writeSystemEvent(streamName = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    this.write(streamName, { id: randomUUID(), type, data: {}, metadata: undefined });
  }

  /** Writes a raw event with whatever data and metadata, as another writer could. */
  writeRaw(streamName: string, event: { type: string; data: JSONType; metadata: JSONType | undefined }): void {
    this.write(streamName, { id: randomUUID(), ...event });
  }

  async appendToStream(streamName: string, events: EventData[], { expectedRevision }: { expectedRevision: AppendExpectedRevision }): Promise<{ nextExpectedRevision: bigint }> {
    this.appendsInFlight++;
    try {
      await this.gate?.();
      this.throwIfFailing();
      const current = this.currentRevision(streamName);
      const holds =
        expectedRevision === ANY ||
        (expectedRevision === NO_STREAM && current === NO_STREAM) ||
        (expectedRevision === STREAM_EXISTS && current !== NO_STREAM) ||
        expectedRevision === current;
      if (!holds) throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedRevision, current });
      for (const event of events) {
        if (event.contentType !== 'application/json') throw new Error('the fake stores JSON events only');
        this.write(streamName, { id: event.id, type: event.type, data: event.data, metadata: event.metadata instanceof Uint8Array ? undefined : event.metadata });
      }
      return { nextExpectedRevision: this.currentRevision(streamName) as bigint };
    } finally {
      this.appendsInFlight--;
    }
  }

  async *readStream(streamName: string, options: { fromRevision: bigint; maxCount: number; direction: Direction }): AsyncIterable<{ event: AllStreamJSONRecordedEvent }> {
    this.throwIfFailing();
    const stream = this.log.filter((event) => event.streamId === streamName);
    if (stream.length === 0) throw new StreamNotFoundError(undefined, streamName);
    for (const event of stream.filter((e) => e.revision >= options.fromRevision).slice(0, options.maxCount)) yield { event };
  }

  async *readAll(options: { fromPosition: ReadPosition; maxCount: number; direction: Direction }): AsyncIterable<AllStreamResolvedEvent> {
    this.throwIfFailing();
    const { fromPosition, maxCount, direction } = options;
    const events =
      direction === BACKWARDS
        ? [...this.log].reverse().filter((e) => fromPosition === END || (fromPosition !== START && readBackwards(e.position, fromPosition, this.starts.readAllBackwards)))
        : this.log.filter((e) => fromPosition === START || (fromPosition !== END && readForwards(e.position, fromPosition, this.starts.readAllForwards)));
    for (const event of events.slice(0, maxCount)) yield { event, commitPosition: event.position.commit };
  }

  subscribeToAll(options: { fromPosition: ReadPosition; filter: Filter }): SubscriptionSource<AllStreamResolvedEvent> {
    this.throwIfFailing();
    const { fromPosition, filter } = options;
    const subscription: FakeSubscription = Object.assign(new PassThrough({ objectMode: true, highWaterMark: 4 }), {
      filter,
      fromPosition,
      unsubscribe: async (): Promise<void> => {
        this.subscriptions.splice(this.subscriptions.indexOf(subscription), 1);
      },
    });
    this.subscriptions.push(subscription);
    for (const event of this.log) {
      if (fromPosition === START || (fromPosition !== END && readForwards(event.position, fromPosition, this.starts.subscribeToAll))) this.deliver(subscription, event);
    }
    return subscription;
  }

  private deliver(subscription: FakeSubscription, event: AllStreamJSONRecordedEvent): void {
    const { filter } = subscription;
    const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
    const matches = 'prefixes' in filter ? filter.prefixes.some((prefix) => subject.startsWith(prefix)) : new RegExp(filter.regex).test(subject);
    if (matches) subscription.write({ event, commitPosition: event.position.commit });
  }

  private write(streamName: string, event: { id: string; type: string; data: JSONType; metadata: JSONType | undefined }): void {
    const current = this.currentRevision(streamName);
    const offset = this.nextOffset;
    // A record's size in the log: positions jump by it, so they are never consecutive.
    this.nextOffset += 100n + BigInt(JSON.stringify(event.data).length);
    this.clock += 1;
    const recorded: AllStreamJSONRecordedEvent = {
      streamId: streamName,
      id: event.id,
      isJson: true,
      revision: current === NO_STREAM ? 0n : current + 1n,
      type: event.type,
      created: new Date(this.clock),
      data: JSON.parse(JSON.stringify(event.data)) as JSONType,
      metadata: event.metadata === undefined ? undefined : (JSON.parse(JSON.stringify(event.metadata)) as JSONType),
      position: { commit: offset, prepare: offset },
    };
    this.log.push(recorded);
    for (const subscription of [...this.subscriptions]) this.deliver(subscription, recorded);
  }

  private currentRevision(streamName: string): bigint | typeof NO_STREAM {
    let revision: bigint | typeof NO_STREAM = NO_STREAM;
    for (const event of this.log) if (event.streamId === streamName) revision = event.revision;
    return revision;
  }

  private throwIfFailing(): void {
    if (this.failWith !== null) throw this.failWith;
  }
}

/** Whether a forward read (or a subscription) from `from` gives the event at `position`. */
function readForwards(position: Position, from: Position, start: StartAt): boolean {
  const order = compare(position, from);
  return start === 'inclusive' ? order >= 0 : order > 0;
}

/** Whether a backward read from `from` gives the event at `position`. */
function readBackwards(position: Position, from: Position, start: StartAt): boolean {
  const order = compare(position, from);
  return start === 'inclusive' ? order <= 0 : order < 0;
}
