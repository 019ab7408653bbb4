import type pg from 'pg';
import type { EventStore, Position } from '../event-store.js';
import type { EventStoreKind } from '../event-store-config.js';
import { GENESIS_LINK } from './chain-link.js';
import { lastStoreChainLink } from './store-chain-links.js';
import { verifyHashChain, type ChainVerification, type VerifyOptions } from './verify-hash-chain.js';
import { verifyStoreChain } from './verify-store-chain.js';

/** The hash chain that proves a deployment's history unaltered: its head, to sign, and its verification. */
export interface HistoryChain {
  /** The last linked position (0: nothing linked yet) and its link (the genesis link when none). */
  head(): Promise<{ position: Position; link: Buffer }>;
  verify(options?: VerifyOptions): Promise<ChainVerification>;
}

/** PostgreSQL's own chain: event_hash_chain, written by the append trigger beside the events. */
export function eventHashChain(pool: pg.Pool): HistoryChain {
  return {
    async head() {
      const { rows } = await pool.query<{ position: string; hash: Buffer | null }>(
        'SELECT h.last_position::text AS position, c.hash FROM event_store_head h LEFT JOIN event_hash_chain c ON c.position = h.last_position',
      );
      const head = rows[0]!;
      if (head.position === '0') return { position: 0n, link: GENESIS_LINK };
      if (head.hash === null) throw new Error(`the hash chain has no link at the head (position ${head.position})`);
      return { position: BigInt(head.position), link: head.hash };
    },
    verify: (options) => verifyHashChain(pool, options),
  };
}

/**
 * The chain a ChainKeeper keeps in store_hash_chain for a store whose events live elsewhere (EventStoreDB),
 * verified against the events `store` reads: the store as it holds them (the adapter, not a wrapper that
 * opens sealed texts).
 */
export function storeHashChain(pool: pg.Pool, store: EventStore): HistoryChain {
  return {
    async head() {
      const last = await lastStoreChainLink(pool);
      return { position: last.position, link: last.link };
    },
    verify: (options) => verifyStoreChain(pool, store, options),
  };
}

/** The chain of the configured store: PostgreSQL's trigger chain, or the kept chain of EventStoreDB's events. */
export function historyChainFor(kind: EventStoreKind, pool: pg.Pool, storedEvents: EventStore): HistoryChain {
  return kind === 'eventstoredb' ? storeHashChain(pool, storedEvents) : eventHashChain(pool);
}
