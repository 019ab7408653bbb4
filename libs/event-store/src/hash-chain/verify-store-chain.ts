import type pg from 'pg';
import type { EventStore, RecordedEvent } from '../event-store.js';
import { canonicalEventText } from './canonical-event.js';
import { nextLink } from './chain-link.js';
import { countStoreChainLinks, lastStoreChainLink, readStoreChainLinks, storeChainLinkBefore, type StoreChainLink } from './store-chain-links.js';
import { verificationOf, type ChainMismatch, type ChainVerification, type VerifyOptions } from './verify-hash-chain.js';

/**
 * Recomputes a kept hash chain (store_hash_chain, written by the ChainKeeper) over [from, to] from the
 * events as the store returns them through the port (readAll, paged) and the stored links (paged), and
 * names the first position where they disagree, with the same answer as verifyHashChain:
 *
 * - altered: the event read does not hash to its link (the event, or the link, was changed);
 * - missing-event: a link has no event at its position (the event was deleted), or the links' ordinals
 *   jump (an event was deleted with its link);
 * - missing-link: an event has no link, while a later one has (it was inserted, or its link deleted);
 * - beyond-head: `to` is past the chain's last link (not linked yet), or a link is stored past the
 *   store's head.
 *
 * `to` defaults to the chain's last link: events after it are not linked yet (the keeper follows the
 * store), which is not an alteration. From a later `from`, the stored link before it is the starting
 * point (verify from 1 to trust nothing).
 */
export async function verifyStoreChain(pool: Pick<pg.Pool, 'query'>, store: EventStore, options: VerifyOptions = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 5_000;
  const chainHead = await lastStoreChainLink(pool);
  const from = options.from ?? 1n;
  const to = options.to ?? chainHead.position;
  const answer = verificationOf(from, to);
  if (to > chainHead.position) {
    const [unlinked] = await take(store.readAll({ after: chainHead.ordinal === 0n ? null : chainHead.position, to, batchSize: 1 }), 1);
    const position = unlinked?.position ?? chainHead.position + 1n;
    return answer(0, null, { position: position.toString(), problem: 'beyond-head', message: `position ${to} is beyond the chain's last link (${chainHead.position}): it is not linked yet` });
  }
  const start = await storeChainLinkBefore(pool, from);
  if (to < from) return answer(0, start.link, null);
  const total = await countStoreChainLinks(pool, start.position, to);
  const storeHead = await store.headPosition();
  const events = store.readAll({ after: start.ordinal === 0n ? null : start.position, to, batchSize })[Symbol.asyncIterator]();
  const links = readStoreChainLinks(pool, start.position, to, batchSize)[Symbol.asyncIterator]();
  try {
    return await compare(events, links, { start, storeHead, positionsAreDense: store.positionsAreDense, batchSize, total, options, answer });
  } finally {
    await events.return?.();
    await links.return?.();
  }
}

interface Comparison {
  start: StoreChainLink;
  storeHead: bigint | null;
  positionsAreDense: boolean;
  batchSize: number;
  total: number;
  options: VerifyOptions;
  answer: (verified: number, hashAtTo: Buffer | null, firstMismatch: ChainMismatch | null) => ChainVerification;
}

/** Walks the events and the links side by side, in position order, up to the first disagreement. */
async function compare(events: AsyncIterator<RecordedEvent>, links: AsyncIterator<StoreChainLink>, context: Comparison): Promise<ChainVerification> {
  const { storeHead, batchSize, total, options, answer } = context;
  let previous = context.start;
  let verified = 0;
  let event = await next(events);
  let link = await next(links);
  while (event !== null || link !== null) {
    if (link !== null && (event === null || link.position < event.position)) {
      if (storeHead === null || link.position > storeHead) {
        return answer(verified, null, { position: link.position.toString(), problem: 'beyond-head', message: `a link is stored at position ${link.position}, beyond the store's head (${storeHead ?? 0}): it was inserted` });
      }
      return answer(verified, null, { position: link.position.toString(), problem: 'missing-event', message: `position ${link.position} has a link but no event: the event was deleted` });
    }
    if (link === null || event!.position < link.position) {
      const position = event!.position.toString();
      return answer(verified, null, { position, problem: 'missing-link', message: `the event at position ${position} has no link: it was inserted among linked events, or its link deleted` });
    }
    const position = link.position.toString();
    if (link.ordinal !== previous.ordinal + 1n) {
      return answer(verified, null, {
        position: context.positionsAreDense ? (previous.position + 1n).toString() : position,
        problem: 'missing-event',
        message: `${link.ordinal - previous.ordinal - 1n} event(s) and their links are missing between positions ${previous.position} and ${position}: they were deleted`,
      });
    }
    const recomputed = nextLink(previous.link, canonicalEventText(event!));
    if (!recomputed.equals(link.link)) return answer(verified, null, { position, problem: 'altered', message: `the event at position ${position} does not match its link: it was altered` });
    previous = { ...link, link: recomputed };
    verified += 1;
    if (verified % batchSize === 0) options.onProgress?.(verified, total);
    event = await next(events);
    link = await next(links);
  }
  if (verified % batchSize !== 0) options.onProgress?.(verified, total);
  return answer(verified, previous.link, null);
}

async function next<T>(iterator: AsyncIterator<T>): Promise<T | null> {
  const result = await iterator.next();
  return result.done === true ? null : result.value;
}

async function take(events: AsyncIterable<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for await (const event of events) {
    taken.push(event);
    if (taken.length >= count) break;
  }
  return taken;
}
