import type pg from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent } from '../event-store.js';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';

export interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expectedVersion: ExpectedVersion;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

interface AppendRow {
  append_index: number;
  accepted: boolean;
  stream_version: number;
  first_position: string | null;
  last_position: string | null;
}

// Prepared once per connection (a named statement): later appends skip parsing and planning.
const APPEND_STATEMENT = 'trust-append-events';
const APPEND_SQL = 'SELECT append_index, accepted, stream_version, first_position::text, last_position::text FROM append_events($1::jsonb)';

/**
 * Group commit: appends that arrive while a batch is being written wait and go together in the
 * next single transaction (one round trip to `append_events`), each keeping its own expected-version
 * check. Only one batch is in flight per process, as in single-writer stores; positions stay
 * strictly ordered because PostgreSQL assigns them under a lock held until commit.
 */
export class GroupCommit {
  private readonly queue: PendingAppend[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly maxEventsPerBatch: number,
    private readonly afterWrite: () => void,
  ) {}

  enqueue(append: PendingAppend): void {
    this.queue.push(append);
    this.startWriting();
  }

  private startWriting(): void {
    if (this.writing) return;
    this.writing = this.drain().finally(() => {
      this.writing = null;
      if (this.queue.length > 0) this.startWriting();
    });
  }

  /** Resolves once everything queued so far has been written. */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /**
   * Before each batch, one turn of the event loop: appenders whose last append has just been answered
   * (and any still sealing or validating theirs) are then queued too, so they go in this batch rather than
   * in one of their own after it. Without it, the first appender back took a batch alone while the others
   * waited for it, and batches alternated between one append and the rest.
   */
  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.takeBatch();
      await this.write(batch, true);
      this.afterWrite();
    }
  }

  private takeBatch(): PendingAppend[] {
    const batch: PendingAppend[] = [];
    let events = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0] as PendingAppend;
      if (batch.length > 0 && events + next.events.length > this.maxEventsPerBatch) break;
      batch.push(next);
      events += next.events.length;
      this.queue.shift();
    }
    return batch;
  }

  private async write(batch: readonly PendingAppend[], mayRetrySingly: boolean): Promise<void> {
    const payload = batch.map((append) => ({
      streamId: append.streamId,
      expected: append.expectedVersion,
      events: append.events.map((event) => ({
        eventId: event.eventId,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata: event.metadata,
      })),
    }));
    let rows: AppendRow[];
    try {
      const result = await this.pool.query<AppendRow>({ name: APPEND_STATEMENT, text: APPEND_SQL, values: [JSON.stringify(payload)] });
      rows = result.rows;
    } catch (error: unknown) {
      // One bad append (a duplicate event id, a deadlock with another process) fails the whole
      // transaction: write each append on its own so only the one at fault fails.
      if (mayRetrySingly && batch.length > 1 && isStatementError(error)) {
        for (const append of batch) await this.write([append], false);
        return;
      }
      for (const append of batch) append.reject(mapError(error));
      return;
    }
    for (const row of rows) {
      const append = batch[row.append_index];
      if (!append) continue;
      if (!row.accepted) {
        append.reject(new WrongExpectedVersionError(append.streamId, append.expectedVersion, row.stream_version < 0 ? null : row.stream_version));
      } else {
        append.resolve({
          streamId: append.streamId,
          nextExpectedVersion: row.stream_version,
          firstPosition: BigInt(row.first_position ?? '0'),
          lastPosition: BigInt(row.last_position ?? '0'),
        });
      }
    }
  }
}

function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** The server ran the statement and refused it (as opposed to the connection failing). */
function isStatementError(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && !code.startsWith('08') && !code.startsWith('57');
}

function mapError(error: unknown): Error {
  if (isStatementError(error)) return error instanceof Error ? error : new Error(String(error));
  return new EventStoreUnavailableError('The event store could not be reached; the append may be retried', { cause: error });
}
