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

/**
 * An in-memory stand-in for the parts of EventStoreDB the adapter calls, with the behaviours the
 * adapter must cope with made explicit: `$all` positions are byte offsets (never consecutive),
 * reads from a position include the event at it, system events sit in `$all`, and a missing stream
 * is a StreamNotFoundError. It is not EventStoreDB: the contract suite against a live server is.
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
        ? [...this.log].reverse().filter((e) => fromPosition === END || fromPosition === START || compare(e.position, fromPosition) <= 0)
        : this.log.filter((e) => fromPosition === START || fromPosition === END || compare(e.position, fromPosition) >= 0);
    for (const event of events.slice(0, maxCount)) yield { event, commitPosition: event.position.commit };
  }

  subscribeToAll(options: { fromPosition: ReadPosition; filter: Filter }): SubscriptionSource<AllStreamResolvedEvent> {
    this.throwIfFailing();
    const subscription: FakeSubscription = Object.assign(new PassThrough({ objectMode: true, highWaterMark: 4 }), {
      filter: options.filter,
      fromPosition: options.fromPosition,
      unsubscribe: async (): Promise<void> => {
        this.subscriptions.splice(this.subscriptions.indexOf(subscription), 1);
      },
    });
    this.subscriptions.push(subscription);
    for (const event of this.log) {
      if (options.fromPosition === START || (options.fromPosition !== END && compare(event.position, options.fromPosition) >= 0)) this.deliver(subscription, event);
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
