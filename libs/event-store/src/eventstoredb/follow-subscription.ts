import type { EventBatchHandler, Position, RecordedEvent, Subscription } from '../event-store.js';

/** The part of the client's catch-up subscription (an object-mode Readable) the follower uses. */
export interface SubscriptionSource<T> {
  on(event: 'data', listener: (item: T) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  pause(): unknown;
  resume(): unknown;
  unsubscribe(): Promise<void>;
}

export interface FollowInput<T> {
  /** Deliver events strictly after this position; from the beginning when null. */
  after: Position | null;
  batchSize: number;
  /** How long a batch that is not full yet waits for more events before it is handed over. */
  batchWindowMs: number;
  /** Opens the server subscription from a position (from the start when null). */
  open(after: Position | null): SubscriptionSource<T>;
  /** The item as a RecordedEvent; null for what the ledger does not own. A throw stops the subscription. */
  toEvent(item: T): RecordedEvent | null;
  /** Whether a failure of the server subscription is worth resubscribing after (the server restarting, say). */
  isRetryable(error: unknown): boolean;
  onEvents: EventBatchHandler;
  onError?: ((error: unknown) => void) | undefined;
}

const FIRST_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 5_000;

/**
 * A catch-up subscription delivered in batches. Events that arrive within the batch window (or up to
 * the batch size) go to the handler together; the server subscription is paused while the handler
 * runs and while a full batch waits, so a slow handler holds the server back instead of filling
 * memory. A handler or mapping error stops the subscription and is reported, never skipped. A server
 * subscription that fails for a retryable reason, or ends, is reopened from the last handled event.
 */
export function followSubscription<T>(input: FollowInput<T>): Subscription {
  let stopping = false;
  let current: Feed<T> | null = null;
  let wakeFromBackoff: (() => void) | null = null;

  const run = async (): Promise<void> => {
    let checkpoint = input.after;
    let backoffMs = FIRST_BACKOFF_MS;
    while (!stopping) {
      const feed = new Feed(input.open(checkpoint), input.batchSize);
      current = feed;
      try {
        for (;;) {
          let items: T[] | null;
          try {
            items = await feed.next(input.batchSize, input.batchWindowMs);
          } catch (error) {
            if (error instanceof SubscriptionEnded || input.isRetryable(error)) break;
            throw error;
          }
          if (items === null) return;
          const events: RecordedEvent[] = [];
          for (const item of items) {
            const event = input.toEvent(item);
            const last = events[events.length - 1]?.position ?? checkpoint;
            if (event !== null && (last === null || event.position > last)) events.push(event);
          }
          if (events.length === 0) continue;
          feed.hold();
          await input.onEvents(events);
          checkpoint = (events[events.length - 1] as RecordedEvent).position;
          backoffMs = FIRST_BACKOFF_MS;
          feed.release();
        }
      } finally {
        current = null;
        await feed.close();
      }
      if (stopping) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoffMs);
        wakeFromBackoff = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeFromBackoff = null;
      backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    }
  };

  const stopped = run().catch((error: unknown) => {
    stopping = true;
    input.onError?.(error);
  });

  return {
    stopped,
    async stop() {
      stopping = true;
      current?.interrupt();
      wakeFromBackoff?.();
      await stopped;
    },
  };
}

class SubscriptionEnded extends Error {
  override readonly name = 'SubscriptionEnded';
}

/** Buffers what the server subscription sends, pausing it while the buffer is full or a batch is being handled. */
class Feed<T> {
  private readonly buffer: T[] = [];
  private failure: { error: unknown } | null = null;
  private ended = false;
  private interrupted = false;
  private closed = false;
  private held = false;
  private flowing = true;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly source: SubscriptionSource<T>,
    private readonly highWater: number,
  ) {
    source.on('data', (item) => {
      if (this.closed) return;
      this.buffer.push(item);
      this.updateFlow();
      this.notify();
    });
    // Kept after close too: an 'error' with no listener would crash the process.
    source.on('error', (error) => {
      if (this.closed) return;
      this.failure = { error };
      this.notify();
    });
    const end = (): void => {
      this.ended = true;
      this.notify();
    };
    source.on('end', end);
    source.on('close', end);
  }

  /** The next batch: waits for a first item, then up to `windowMs` for the batch to fill. Null once interrupted. */
  async next(max: number, windowMs: number): Promise<T[] | null> {
    while (this.buffer.length === 0) {
      if (this.interrupted) return null;
      if (this.failure !== null) throw this.failure.error;
      if (this.ended) throw new SubscriptionEnded('The EventStoreDB subscription ended');
      await this.changed();
    }
    const deadline = Date.now() + windowMs;
    while (this.buffer.length < max && !this.interrupted && this.failure === null && !this.ended) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      await this.changed(remaining);
    }
    if (this.interrupted) return null;
    const items = this.buffer.splice(0, max);
    this.updateFlow();
    return items;
  }

  /** A batch is being handled: take no more from the server until it is done. */
  hold(): void {
    this.held = true;
    this.updateFlow();
  }

  release(): void {
    this.held = false;
    this.updateFlow();
  }

  interrupt(): void {
    this.interrupted = true;
    this.notify();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.interrupt();
    await this.source.unsubscribe().catch(() => undefined);
  }

  private updateFlow(): void {
    const shouldFlow = !this.held && !this.closed && this.buffer.length < this.highWater;
    if (shouldFlow === this.flowing) return;
    this.flowing = shouldFlow;
    if (shouldFlow) this.source.resume();
    else this.source.pause();
  }

  private changed(timeoutMs?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
