import { WrongExpectedVersionError, type AppendResult, type EventStore, type ExpectedVersion, type NewEvent, type Position, type ReadStreamOptions, type RecordedEvent } from '@trust/event-store';

/**
 * The two views of the event store an import decides its rows on. Both read streams the way the command
 * pipeline does; only the streams' reads and appends are used.
 */
abstract class StreamsOnly implements EventStore {
  /** `now` dates the events this import keeps in memory: the run's clock, as the store's own would. */
  constructor(
    protected readonly inner: EventStore,
    protected readonly now: () => Date,
  ) {}

  abstract append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  abstract readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  readAll(): AsyncIterable<RecordedEvent> {
    throw new Error('an import reads streams only');
  }
  subscribeToAll(): never {
    throw new Error('an import reads streams only');
  }
  headPosition(): Promise<Position | null> {
    return this.inner.headPosition();
  }
  readEventAt(position: Position): Promise<RecordedEvent | null> {
    return this.inner.readEventAt(position);
  }
  positionAt(time: Date): Promise<Position | null> {
    return this.inner.positionAt(time);
  }
  get positionsAreDense(): boolean {
    return this.inner.positionsAreDense;
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Streams read at once when the store can read many (PostgreSQL). */
const PRELOAD_BATCH = 500;

/**
 * The check before anything is stored: reads each stream from the store once, then keeps it in memory,
 * where the file's rows append. So every row is decided on the store as it is plus the rows before it,
 * and nothing reaches the store.
 */
export class DryRunStore extends StreamsOnly {
  /** Each stream as the store held it when first read, then the rows' events appended here. */
  private readonly streams = new Map<string, { stored: number; events: RecordedEvent[] }>();
  private nextPosition: Position | null = null;

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const { events } = await this.loaded(streamId);
    yield* events.slice(options.fromVersion ?? 0);
  }

  async append(streamId: string, events: readonly NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const stream = (await this.loaded(streamId)).events;
    const version = stream.length - 1;
    const matches = expectedVersion === 'any' || (expectedVersion === 'no-stream' ? version === -1 : expectedVersion === 'stream-exists' ? version >= 0 : expectedVersion === version);
    if (!matches) throw new WrongExpectedVersionError(streamId, expectedVersion, version === -1 ? null : version);
    this.nextPosition ??= ((await this.inner.headPosition()) ?? 0n) + 1n;
    const first = this.nextPosition;
    for (const event of events) {
      stream.push({ ...event, streamId, streamVersion: stream.length, position: this.nextPosition, recordedAt: this.now() });
      this.nextPosition += 1n;
    }
    return { streamId, nextExpectedVersion: stream.length - 1, firstPosition: first, lastPosition: this.nextPosition - 1n };
  }

  /** Reads these streams from the store, many at a time, before the rows are decided one by one. */
  async preload(streamIds: Iterable<string>, concurrency = 16): Promise<void> {
    const queue = [...streamIds].filter((streamId) => !this.streams.has(streamId));
    if (this.inner.readStreams !== undefined) {
      for (let start = 0; start < queue.length; start += PRELOAD_BATCH) {
        const batch = queue.slice(start, start + PRELOAD_BATCH);
        const read = await this.inner.readStreams(batch);
        for (const streamId of batch) {
          const events = read.get(streamId) ?? [];
          if (!this.streams.has(streamId)) this.streams.set(streamId, { stored: events.length, events });
        }
      }
      return;
    }
    const worker = async (): Promise<void> => {
      for (let streamId = queue.shift(); streamId !== undefined; streamId = queue.shift()) await this.loaded(streamId);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  /** Each stream read, as the store held it (without the rows' events): where the run can start from. */
  stored(): Map<string, RecordedEvent[]> {
    return new Map([...this.streams].map(([streamId, stream]) => [streamId, stream.events.slice(0, stream.stored)]));
  }

  private async loaded(streamId: string): Promise<{ stored: number; events: RecordedEvent[] }> {
    let stream = this.streams.get(streamId);
    if (stream === undefined) {
      const events: RecordedEvent[] = [];
      for await (const event of this.inner.readStream(streamId)) events.push(event);
      // Another read may have loaded it meanwhile (preload runs several at once): the first one stays.
      stream = this.streams.get(streamId) ?? { stored: events.length, events };
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}

/**
 * The real run: appends go to the store, and each stream is read from the store once, then kept (and each
 * append this import makes is added to it). A stream another writer changed meanwhile is caught by the
 * append's expected version: the stream is then read again and the command decided again (handleCommand
 * retries), as for any concurrent write. It may start from the streams the check read.
 */
export class ReadThroughStore extends StreamsOnly {
  /** Each stream as this import last knew it; absent: to be read from the store. */
  private readonly streams: Map<string, RecordedEvent[]>;

  constructor(inner: EventStore, now: () => Date, known: ReadonlyMap<string, RecordedEvent[]> = new Map()) {
    super(inner, now);
    this.streams = new Map([...known].map(([streamId, events]) => [streamId, [...events]]));
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let stream = this.streams.get(streamId);
    if (stream === undefined) {
      stream = [];
      for await (const event of this.inner.readStream(streamId)) stream.push(event);
      this.streams.set(streamId, stream);
    }
    yield* stream.slice(options.fromVersion ?? 0);
  }

  /** Reads these streams from the store, many at a time (when it can), before the rows are stored. */
  async preload(streamIds: Iterable<string>): Promise<void> {
    if (this.inner.readStreams === undefined) return;
    const queue = [...streamIds].filter((streamId) => !this.streams.has(streamId));
    for (let start = 0; start < queue.length; start += PRELOAD_BATCH) {
      const batch = queue.slice(start, start + PRELOAD_BATCH);
      const read = await this.inner.readStreams(batch);
      for (const streamId of batch) if (!this.streams.has(streamId)) this.streams.set(streamId, read.get(streamId) ?? []);
    }
  }

  async append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    let result: AppendResult;
    try {
      result = await this.inner.append(streamId, events, options);
    } catch (error: unknown) {
      // Changed by another writer: read it again before deciding again.
      if (error instanceof WrongExpectedVersionError) this.streams.delete(streamId);
      throw error;
    }
    const stream = this.streams.get(streamId);
    const firstVersion = result.nextExpectedVersion - events.length + 1;
    if (stream !== undefined && stream.length === firstVersion && this.inner.positionsAreDense) {
      // Dense positions (PostgreSQL): the appended events' positions are known, so the stream is kept whole.
      events.forEach((event, index) => stream.push({ ...event, streamId, streamVersion: firstVersion + index, position: result.firstPosition + BigInt(index), recordedAt: this.now() }));
    } else {
      this.streams.delete(streamId);
    }
    return result;
  }
}
