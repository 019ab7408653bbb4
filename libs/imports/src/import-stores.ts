import { WrongExpectedVersionError, type AppendResult, type EventStore, type ExpectedVersion, type NewEvent, type Position, type ReadStreamOptions, type RecordedEvent } from '@trust/event-store';

/**
 * The two views of the event store an import decides its rows on. Both read streams the way the command
 * pipeline does; only the streams' reads and appends are used.
 */
abstract class StreamsOnly implements EventStore {
  constructor(protected readonly inner: EventStore) {}

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

/**
 * The check before anything is stored: reads each stream from the store once, then keeps it in memory,
 * where the file's rows append. So every row is decided on the store as it is plus the rows before it,
 * and nothing reaches the store.
 */
export class DryRunStore extends StreamsOnly {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private nextPosition: Position | null = null;

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const events = await this.loaded(streamId);
    yield* events.slice(options.fromVersion ?? 0);
  }

  async append(streamId: string, events: readonly NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    const stream = await this.loaded(streamId);
    const version = stream.length - 1;
    const matches = expectedVersion === 'any' || (expectedVersion === 'no-stream' ? version === -1 : expectedVersion === 'stream-exists' ? version >= 0 : expectedVersion === version);
    if (!matches) throw new WrongExpectedVersionError(streamId, expectedVersion, version === -1 ? null : version);
    this.nextPosition ??= ((await this.inner.headPosition()) ?? 0n) + 1n;
    const first = this.nextPosition;
    for (const event of events) {
      stream.push({ ...event, streamId, streamVersion: stream.length, position: this.nextPosition, recordedAt: new Date() });
      this.nextPosition += 1n;
    }
    return { streamId, nextExpectedVersion: stream.length - 1, firstPosition: first, lastPosition: this.nextPosition - 1n };
  }

  private async loaded(streamId: string): Promise<RecordedEvent[]> {
    let stream = this.streams.get(streamId);
    if (stream === undefined) {
      stream = [];
      for await (const event of this.inner.readStream(streamId)) stream.push(event);
      this.streams.set(streamId, stream);
    }
    return stream;
  }
}

/**
 * The real run: appends go to the store, and each stream read is served from the events this import has
 * already read, plus whatever the store holds after them (read from the next version on). So a long stream
 * is fetched once, not once per row, and a writer outside the import is still seen.
 */
export class ReadThroughStore extends StreamsOnly {
  private readonly streams = new Map<string, RecordedEvent[]>();

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let stream = this.streams.get(streamId);
    if (stream === undefined) {
      stream = [];
      this.streams.set(streamId, stream);
    }
    for await (const event of this.inner.readStream(streamId, { fromVersion: stream.length })) {
      if (event.streamVersion === stream.length) stream.push(event);
    }
    yield* stream.slice(options.fromVersion ?? 0);
  }

  append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    return this.inner.append(streamId, events, options);
  }

  /** Forgets a stream (after a conflict, say): the next read fetches it whole. */
  forget(streamId: string): void {
    this.streams.delete(streamId);
  }
}
