/** A small seeded PRNG (mulberry32): the same seed gives the same trust, on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  integer(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor((max - min + 1) * next()),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(items.length * next())];
      if (item === undefined) throw new RangeError('cannot pick from an empty list');
      return item;
    },
  };
}

/** A seed for one part of the trust (an academy, a shard), independent of how many other parts there are. */
export function deriveSeed(seed: number, ...parts: number[]): number {
  // FNV-1a over the seed and the parts, then one avalanche round: neighbouring inputs give unrelated seeds.
  let hash = 0x811c9dc5;
  for (const value of [seed, ...parts]) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (value >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/**
 * Ids for one part of the trust (scope 0: the trust itself; academy i: scope i + 1): UUIDs laid out as
 * version 4, built from the seed, the scope and a counter rather than drawn at random, so they are
 * reproducible and never collide within a trust however large (a 32-bit generator's draws would).
 */
export function idSource(seed: number, scope: number): () => string {
  if (!Number.isSafeInteger(scope) || scope < 0 || scope >= 2 ** 28) throw new RangeError(`id scope must be from 0 to 2^28 - 1, got ${scope}`);
  const prefix = deriveSeed(seed, 0x1d5).toString(16).padStart(8, '0');
  const scopeHex = scope.toString(16).padStart(7, '0');
  const head = `${prefix}-${scopeHex.slice(0, 4)}-4${scopeHex.slice(4, 7)}-8000-`;
  let counter = 0;
  return () => {
    counter += 1;
    return `${head}${counter.toString(16).padStart(12, '0')}`;
  };
}
