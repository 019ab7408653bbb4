import type { Position as EsdbPosition } from '@eventstore/db-client';
import type { Position } from '../event-store.js';

const PREPARE_BITS = 64n;
const MAX_U64 = (1n << PREPARE_BITS) - 1n;

/**
 * Packs an EventStoreDB `$all` position into the port's single bigint: commit in the high 64 bits,
 * prepare in the low 64. Lossless, and it keeps EventStoreDB's order (commit first, then prepare),
 * so "after this position" means the same thing on both sides.
 */
export function packPosition({ commit, prepare }: EsdbPosition): Position {
  assertU64('commit', commit);
  assertU64('prepare', prepare);
  return (commit << PREPARE_BITS) | prepare;
}

/** The inverse of {@link packPosition}. */
export function unpackPosition(position: Position): EsdbPosition {
  if (position < 0n || position >> (PREPARE_BITS * 2n) !== 0n) {
    throw new RangeError(`${position} is not a packed EventStoreDB position (it needs 0 ≤ position < 2^128)`);
  }
  return { commit: position >> PREPARE_BITS, prepare: position & MAX_U64 };
}

function assertU64(name: string, value: bigint): void {
  if (value < 0n || value > MAX_U64) throw new RangeError(`EventStoreDB ${name} position ${value} is outside 0..2^64-1`);
}
