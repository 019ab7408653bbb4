import { createHash } from 'node:crypto';

/** The link before the first event. */
export const GENESIS_LINK = Buffer.alloc(32);

/** link(p) = sha256(link(p - 1) || utf8(the event's canonical text)): the chain's one rule, as the append trigger computes it. */
export function nextLink(previous: Buffer, canonicalText: string): Buffer {
  return createHash('sha256').update(previous).update(canonicalText, 'utf8').digest();
}
