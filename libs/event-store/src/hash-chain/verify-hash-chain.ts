import type { Pool } from 'pg';
import { GENESIS_LINK, nextLink } from './chain-link.js';

/** Where the chain first fails to match the events, and how. */
export interface ChainMismatch {
  position: string;
  problem: 'altered' | 'missing-event' | 'missing-link' | 'beyond-head';
  message: string;
}

export interface ChainVerification {
  from: string;
  to: string;
  /** Events whose link was recomputed and matched. */
  verified: number;
  /** The recomputed link at `to` (hex), when everything up to it matched. */
  hashAtTo: string | null;
  firstMismatch: ChainMismatch | null;
}

export interface VerifyOptions {
  from?: bigint;
  /** Inclusive; the store's head when absent. */
  to?: bigint;
  batchSize?: number;
  onProgress?: (verified: number, total: number) => void;
}

/** How a verification of [from, to] answers: the recomputed link at `to` only when nothing mismatched. */
export function verificationOf(from: bigint, to: bigint) {
  return (verified: number, hashAtTo: Buffer | null, firstMismatch: ChainMismatch | null): ChainVerification => ({
    from: from.toString(),
    to: to.toString(),
    verified,
    hashAtTo: firstMismatch === null && hashAtTo !== null ? hashAtTo.toString('hex') : null,
    firstMismatch,
  });
}

interface Row {
  position: string;
  canonical: string | null;
  hash: Buffer | null;
}

// The canonical text is read from PostgreSQL's own jsonb output (never from a function in the database,
// which whoever could alter the events could also replace); the hashes are computed here.
const CANONICAL = `jsonb_build_array(e.position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version, e.data, e.metadata,
  to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text`;

/**
 * Recomputes the hash chain over [from, to] in batches (bounded memory) and names the first position where
 * the stored events and their links disagree: an event altered, deleted or inserted, or a link missing.
 * From a later `from`, the stored link before it is the starting point (verify from 1 to trust nothing).
 */
export async function verifyHashChain(pool: Pool, options: VerifyOptions = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 5_000;
  const { rows: heads } = await pool.query<{ last_position: string; max_position: string | null; max_link: string | null }>(
    'SELECT h.last_position::text, (SELECT max(position)::text FROM events) AS max_position, (SELECT max(position)::text FROM event_hash_chain) AS max_link FROM event_store_head h',
  );
  const head = BigInt(heads[0]!.last_position);
  const from = options.from ?? 1n;
  const to = options.to ?? head;
  const total = to >= from ? Number(to - from + 1n) : 0;
  const answer = verificationOf(from, to);
  // `from` past the head too (it may not even be a bigint: an EventStoreDB position asked of PostgreSQL).
  const past = to > head ? to : from - 1n > head ? from : null;
  if (past !== null) {
    return answer(0, null, { position: (head + 1n).toString(), problem: 'beyond-head', message: `position ${past} is beyond the store's head (${head})` });
  }
  let previous: Buffer = GENESIS_LINK;
  if (from > 1n) {
    const { rows } = await pool.query<{ hash: Buffer }>('SELECT hash FROM event_hash_chain WHERE position = $1', [(from - 1n).toString()]);
    if (rows[0] === undefined) return answer(0, null, { position: (from - 1n).toString(), problem: 'missing-link', message: `no link is stored at position ${from - 1n}` });
    previous = rows[0].hash;
  }
  let expected = from;
  let verified = 0;
  while (expected <= to) {
    const last = expected + BigInt(batchSize) - 1n < to ? expected + BigInt(batchSize) - 1n : to;
    const { rows } = await pool.query<Row>(
      `SELECT coalesce(e.position, c.position)::text AS position, CASE WHEN e.position IS NULL THEN NULL ELSE ${CANONICAL} END AS canonical, c.hash
         FROM (SELECT * FROM events WHERE position BETWEEN $1 AND $2) e
         FULL JOIN (SELECT * FROM event_hash_chain WHERE position BETWEEN $1 AND $2) c ON c.position = e.position
        ORDER BY coalesce(e.position, c.position)`,
      [expected.toString(), last.toString()],
    );
    for (const row of rows) {
      const position = BigInt(row.position);
      if (position !== expected) return answer(verified, null, { position: expected.toString(), problem: 'missing-event', message: `no event and no link at position ${expected}: an event was deleted` });
      if (row.canonical === null) return answer(verified, null, { position: row.position, problem: 'missing-event', message: `position ${row.position} has a link but no event: the event was deleted` });
      if (row.hash === null) return answer(verified, null, { position: row.position, problem: 'missing-link', message: `the event at position ${row.position} has no link: it was inserted outside an append, or its link deleted` });
      const link = nextLink(previous, row.canonical);
      if (!link.equals(row.hash)) return answer(verified, null, { position: row.position, problem: 'altered', message: `the event at position ${row.position} does not match its link: it was altered` });
      previous = link;
      verified += 1;
      expected += 1n;
    }
    if (expected <= last) return answer(verified, null, { position: expected.toString(), problem: 'missing-event', message: `no event and no link at position ${expected}: an event was deleted` });
    options.onProgress?.(verified, total);
  }
  // Past the head nothing should be stored: an event (or link) there was inserted outside an append.
  const beyond = [heads[0]!.max_position, heads[0]!.max_link].some((max) => max !== null && BigInt(max) > head);
  if (to === head && beyond) {
    return answer(verified, null, { position: (head + 1n).toString(), problem: 'beyond-head', message: `position ${head + 1n} is stored beyond the store's head (${head}): it was inserted outside an append` });
  }
  return answer(verified, previous, null);
}
