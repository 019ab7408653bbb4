import type pg from 'pg';
import type { Position, RecordedEvent } from '../event-store.js';
import { canonicalEventText } from './canonical-event.js';
import { GENESIS_LINK, nextLink } from './chain-link.js';

/**
 * The links of a kept hash chain (store_hash_chain): one per event of a store whose events live outside
 * this database, written by the ChainKeeper and read by verifyStoreChain.
 */
export interface StoreChainLink {
  position: Position;
  /** 1 for the first event linked, then one more per event, with no gap. */
  ordinal: bigint;
  link: Buffer;
}

/** Before the first event: no position, ordinal 0, the genesis link. */
export const STORE_CHAIN_START: StoreChainLink = { position: 0n, ordinal: 0n, link: GENESIS_LINK };

// One writer at a time, in every process on the database: taken in each batch's transaction, so a crash
// releases it with the transaction and a keeper that lost a race simply finds the links already there.
const WRITER_LOCK = "pg_advisory_xact_lock(hashtext('store_hash_chain'))";

// Positions are read as text (they may exceed 2^64) and ordered by the numeric column, never by that text.
interface LinkRow {
  position: string;
  ordinal: string;
  link: Buffer;
}

const toLink = (row: LinkRow): StoreChainLink => ({ position: BigInt(row.position), ordinal: BigInt(row.ordinal), link: row.link });

/** The last link written (STORE_CHAIN_START when none is). */
export async function lastStoreChainLink(db: Pick<pg.Pool, 'query'>): Promise<StoreChainLink> {
  const { rows } = await db.query<LinkRow>('SELECT position::text, ordinal::text, link FROM store_hash_chain c ORDER BY c.position DESC LIMIT 1');
  return rows[0] === undefined ? STORE_CHAIN_START : toLink(rows[0]);
}

/** The last link strictly before `position` (STORE_CHAIN_START when none is): where verifying from `position` starts. */
export async function storeChainLinkBefore(db: Pick<pg.Pool, 'query'>, position: Position): Promise<StoreChainLink> {
  const { rows } = await db.query<LinkRow>(
    'SELECT position::text, ordinal::text, link FROM store_hash_chain c WHERE c.position < $1::numeric ORDER BY c.position DESC LIMIT 1',
    [position.toString()],
  );
  return rows[0] === undefined ? STORE_CHAIN_START : toLink(rows[0]);
}

/** How many links there are in (after, to]. */
export async function countStoreChainLinks(db: Pick<pg.Pool, 'query'>, after: Position, to: Position): Promise<number> {
  const { rows } = await db.query<{ count: string }>('SELECT count(*)::text AS count FROM store_hash_chain WHERE position > $1::numeric AND position <= $2::numeric', [
    after.toString(),
    to.toString(),
  ]);
  return Number(rows[0]!.count);
}

/** The links in (after, to], in position order, a page at a time (bounded memory). */
export async function* readStoreChainLinks(db: Pick<pg.Pool, 'query'>, after: Position, to: Position, pageSize: number): AsyncIterable<StoreChainLink> {
  let cursor = after;
  for (;;) {
    const { rows } = await db.query<LinkRow>(
      'SELECT position::text, ordinal::text, link FROM store_hash_chain c WHERE c.position > $1::numeric AND c.position <= $2::numeric ORDER BY c.position LIMIT $3',
      [cursor.toString(), to.toString(), pageSize],
    );
    for (const row of rows) yield toLink(row);
    if (rows.length < pageSize) return;
    cursor = BigInt(rows.at(-1)!.position);
  }
}

/**
 * Links a batch of events (in position order, every event after the previous batch's) in one
 * transaction under the writer lock: the events at or before the last link are dropped (a batch
 * redelivered, or one another keeper linked first), the rest are chained onto the last link. Either
 * all of them are written or none is; no link is ever skipped or written twice.
 */
export async function appendStoreChainLinks(pool: pg.Pool, events: readonly RecordedEvent[]): Promise<{ written: number; last: StoreChainLink }> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    await client.query(`SELECT ${WRITER_LOCK}`);
    let last = await lastStoreChainLink(client);
    const fresh = events.filter((event) => event.position > last.position);
    const positions: string[] = [];
    const ordinals: string[] = [];
    const links: Buffer[] = [];
    for (const event of fresh) {
      if (event.position <= last.position) throw new Error(`events to link must come in position order: ${event.position} after ${last.position}`);
      last = { position: event.position, ordinal: last.ordinal + 1n, link: nextLink(last.link, canonicalEventText(event)) };
      positions.push(last.position.toString());
      ordinals.push(last.ordinal.toString());
      links.push(last.link);
    }
    if (fresh.length > 0) {
      await client.query('INSERT INTO store_hash_chain (position, ordinal, link) SELECT * FROM unnest($1::numeric[], $2::bigint[], $3::bytea[])', [positions, ordinals, links]);
    }
    await client.query('COMMIT');
    return { written: fresh.length, last };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
