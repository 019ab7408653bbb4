import type pg from 'pg';
import type { EventStore, Position, RecordedEvent, Subscription } from '../event-store.js';
import { appendStoreChainLinks, lastStoreChainLink } from './store-chain-links.js';

export interface ChainKeeperOptions {
  /**
   * The store as it holds the events: the adapter itself, never a wrapper that changes what is read
   * (SealingEventStore opens sealed texts; the chain covers the sealed text, as stored).
   */
  store: EventStore;
  /** The PostgreSQL that keeps the links (store_hash_chain), beside the projection checkpoints. */
  pool: pg.Pool;
  /** Most events linked in one transaction. */
  batchSize?: number;
  /** How long to wait before following again after a failure (doubling, up to a minute). */
  retryDelayMs?: number;
  log?: (message: string) => void;
  logError?: (message: string) => void;
}

export interface ChainKeeperStatus {
  state: 'stopped' | 'running' | 'retrying';
  /** The position of the last event this process saw linked (0: none yet). */
  position: Position;
  /** How many events the chain links, as last seen here. */
  linked: bigint;
  lastError: string | null;
}

const MAX_RETRY_DELAY_MS = 60_000;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the hash chain of a store whose events live outside PostgreSQL (EventStoreDB): follows the
 * store's $all from the last link written, and links each batch of events in one transaction
 * (appendStoreChainLinks), so a crash loses no link and a restart resumes after the last one. Several
 * keepers may run (the API and the worker): each batch takes the writer lock and drops what another
 * keeper already linked. A failure (the database away) stops the subscription, never moving past an
 * event unlinked; the keeper follows again from the last link after a delay.
 */
export class ChainKeeper {
  private readonly store: EventStore;
  private readonly pool: pg.Pool;
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly log: (message: string) => void;
  private readonly logError: (message: string) => void;
  private subscription: Subscription | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private delay: number;
  private running = false;
  private current: ChainKeeperStatus = { state: 'stopped', position: 0n, linked: 0n, lastError: null };

  constructor({ store, pool, batchSize = 500, retryDelayMs = 1_000, log = () => undefined, logError = log }: ChainKeeperOptions) {
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
    this.store = store;
    this.pool = pool;
    this.batchSize = batchSize;
    this.retryDelayMs = retryDelayMs;
    this.delay = retryDelayMs;
    this.log = log;
    this.logError = logError;
  }

  /** Follows the store from the last link written; fails when the links cannot be read. */
  async start(): Promise<void> {
    if (this.running) throw new Error('ChainKeeper already started');
    this.running = true;
    try {
      await this.follow();
    } catch (error: unknown) {
      this.running = false;
      throw error;
    }
  }

  /** Stops following once the batch in flight is committed. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
    this.current = { ...this.current, state: 'stopped' };
  }

  status(): ChainKeeperStatus {
    return { ...this.current };
  }

  private async follow(): Promise<void> {
    const last = await lastStoreChainLink(this.pool);
    if (!this.running) return;
    this.current = { state: 'running', position: last.position, linked: last.ordinal, lastError: null };
    this.log(`hash chain: keeping the store's chain from position ${last.position} (${last.ordinal} events linked)`);
    let failure: unknown = null;
    const subscription = this.store.subscribeToAll({
      after: last.ordinal === 0n ? null : last.position,
      batchSize: this.batchSize,
      onEvents: (events) => this.link(events),
      onError: (error: unknown) => {
        failure = error;
      },
    });
    this.subscription = subscription;
    void subscription.stopped.then(
      () => this.ended(subscription, failure),
      (error: unknown) => this.ended(subscription, error),
    );
  }

  private async link(events: readonly RecordedEvent[]): Promise<void> {
    const { written, last } = await appendStoreChainLinks(this.pool, events);
    this.current = { ...this.current, position: last.position, linked: last.ordinal, lastError: null };
    this.delay = this.retryDelayMs;
    if (written > 0) this.log(`hash chain: linked ${written} event(s), up to position ${last.position} (${last.ordinal} in all)`);
  }

  /** The subscription ended without being stopped: a batch could not be linked, or the store could not be read. */
  private ended(subscription: Subscription, error: unknown): void {
    if (this.subscription !== subscription || !this.running) return;
    this.subscription = null;
    this.retryLater(error === null ? 'the subscription ended' : messageOf(error));
  }

  private retryLater(message: string): void {
    this.logError(`hash chain: stopped keeping the chain after position ${this.current.position}: ${message}; following again in ${this.delay} ms`);
    this.current = { ...this.current, state: 'retrying', lastError: message };
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.running) return;
      this.follow().catch((error: unknown) => {
        if (this.running) this.retryLater(messageOf(error));
      });
    }, this.delay);
    this.delay = Math.min(this.delay * 2, MAX_RETRY_DELAY_MS);
  }
}
