import pg from 'pg';
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
import { AppendSignal } from './append-signal.js';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './event-rows.js';
import { GroupCommit } from './group-commit.js';
import { followAll } from './follow-all.js';
import { SharedPages } from './shared-pages.js';

export const EVENTS_CHANNEL = 'trust_ledger_events';

const MAX_BIGINT = 2n ** 63n - 1n;

export interface PostgresEventStoreOptions {
  /**
   * Connection string for a dedicated LISTEN connection, so subscriptions here wake as soon as
   * another process appends. Leave out for the embedded single-session database: everything
   * then runs in one process and is woken in-process.
   */
  listenUrl?: string;
  /** Upper bound on a subscription's wait before it polls anyway. */
  pollIntervalMs?: number;
  /** Upper bound on the events coalesced into one group-commit transaction. */
  maxEventsPerBatch?: number;
  /** Events per page when reading. */
  readBatchSize?: number;
}

export class PostgresEventStore implements EventStore {
  /** Positions are assigned gaplessly under the head lock (see the event-store migration). */
  readonly positionsAreDense = true;
  private readonly signal = new AppendSignal();
  private readonly groupCommit: GroupCommit;
  private readonly subscriptions = new Set<Subscription>();
  private listener: pg.Client | null = null;
  private closed = false;
  private readonly pollIntervalMs: number;
  private readonly readBatchSize: number;
  /** The subscriptions' pages: read once for all of them that ask together. */
  private readonly subscriptionPages = new SharedPages((after, limit) => this.readPage(after, limit, null));

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.readBatchSize = options.readBatchSize ?? 500;
    this.groupCommit = new GroupCommit(pool, options.maxEventsPerBatch ?? 1000, () => this.signal.notify());
    if (options.listenUrl) this.listen(options.listenUrl);
  }

  append(streamId: string, events: readonly NewEvent[], { expectedVersion }: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    if (events.length === 0) return Promise.reject(new RangeError('An append needs at least one event'));
    if (typeof expectedVersion === 'number' && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
      return Promise.reject(new RangeError(`Expected version must be a non-negative integer, got ${expectedVersion}`));
    }
    return new Promise((resolve, reject) => this.groupCommit.enqueue({ streamId, events, expectedVersion, resolve, reject }));
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    let from = options.fromVersion ?? 0;
    const limit = options.batchSize ?? this.readBatchSize;
    for (;;) {
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version LIMIT $3`,
        [streamId, from, limit],
      );
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      from = (rows[rows.length - 1] as EventRow).stream_version + 1;
    }
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>();
    if (streamIds.length === 0) return streams;
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`, [[...new Set(streamIds)]]);
    for (const row of rows) {
      const event = toRecordedEvent(row);
      const stream = streams.get(event.streamId);
      if (stream === undefined) streams.set(event.streamId, [event]);
      else stream.push(event);
    }
    return streams;
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after ?? 0n;
    const limit = options.batchSize ?? this.readBatchSize;
    for (;;) {
      const page = await this.readPage(after, limit, options.to ?? null, options.types ?? null);
      for (const event of page) yield event;
      if (page.length < limit) return;
      after = (page[page.length - 1] as RecordedEvent).position;
    }
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = followAll({
      ...options,
      batchSize: options.batchSize ?? this.readBatchSize,
      readPage: (after, limit) => this.subscriptionPages.read(after, limit),
      waitForAppend: () => this.signal.wait(this.pollIntervalMs),
    });
    this.subscriptions.add(subscription);
    void subscription.stopped.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    const { rows } = await this.pool.query<{ last_position: string }>('SELECT last_position::text FROM event_store_head');
    const last = BigInt(rows[0]?.last_position ?? '0');
    return last === 0n ? null : last;
  }

  async readEventAt(position: Position): Promise<RecordedEvent | null> {
    // Positions start at 1; one beyond bigint (an EventStoreDB checkpoint, say) is none of ours.
    if (position < 1n || position > MAX_BIGINT) return null;
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE events.position = $1::bigint`, [position.toString()]);
    const row = rows[0];
    return row === undefined ? null : toRecordedEvent(row);
  }

  async positionAt(time: Date): Promise<Position | null> {
    // recorded_at never goes backwards in position order, so the answer is the last event of the latest
    // instant at or before `time`: two short scans of events_recorded_at. (max(position) over the whole
    // range read every earlier event, or walked the primary key back from the head: linear in the log.)
    const { rows } = await this.pool.query<{ position: string | null }>(
      'SELECT max(position)::text AS position FROM events WHERE recorded_at = (SELECT max(recorded_at) FROM events WHERE recorded_at <= $1)',
      [time],
    );
    const position = rows[0]?.position ?? null;
    return position === null ? null : BigInt(position);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.groupCommit.flushed();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async readPage(after: Position, limit: number, to: Position | null, types: readonly string[] | null = null): Promise<RecordedEvent[]> {
    // The type filter runs in the server, so the rows left out are never sent or parsed.
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE events.position > $1 AND ($2::bigint IS NULL OR events.position <= $2::bigint) AND ($4::text[] IS NULL OR events.type = ANY($4::text[]))
        ORDER BY events.position LIMIT $3`,
      [after.toString(), to === null ? null : to.toString(), limit, types === null ? null : [...types]],
    );
    return rows.map(toRecordedEvent);
  }

  private listen(url: string, retryMs = 100): void {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: url, application_name: 'trust-improvement-ledger-listener' });
    const reconnect = (): void => {
      if (this.listener !== client || this.closed) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      setTimeout(() => this.listen(url, Math.min(retryMs * 2, 5_000)), retryMs).unref();
    };
    this.listener = client;
    client.on('notification', () => this.signal.notify());
    client.on('error', reconnect);
    client.on('end', reconnect);
    client
      .connect()
      .then(() => client.query(`LISTEN ${EVENTS_CHANNEL}`))
      .then(() => this.signal.notify())
      .catch(reconnect);
  }
}
