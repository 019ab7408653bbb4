import type { Position as EsdbPosition } from '@eventstore/db-client';
import { packPosition, unpackPosition } from './positions.js';

const MAX_U64 = 2n ** 64n - 1n;

describe('EventStoreDB positions packed into one bigint', () => {
  it.each<[string, EsdbPosition, bigint]>([
    ['the start of the log', { commit: 0n, prepare: 0n }, 0n],
    ['a prepare position alone', { commit: 0n, prepare: 1n }, 1n],
    ['the largest prepare position', { commit: 0n, prepare: MAX_U64 }, MAX_U64],
    ['a commit position alone', { commit: 1n, prepare: 0n }, 2n ** 64n],
    ['an ordinary event (commit = prepare)', { commit: 4_096n, prepare: 4_096n }, (4_096n << 64n) | 4_096n],
    ['the largest position', { commit: MAX_U64, prepare: MAX_U64 }, 2n ** 128n - 1n],
  ])('packs %s losslessly and unpacks it back', (_case, position, packed) => {
    expect(packPosition(position)).toBe(packed);
    expect(unpackPosition(packed)).toEqual(position);
  });

  it('orders by commit first, then by prepare, as EventStoreDB does', () => {
    const inLogOrder: EsdbPosition[] = [
      { commit: 0n, prepare: 0n },
      { commit: 0n, prepare: MAX_U64 },
      { commit: 1n, prepare: 0n },
      { commit: 1n, prepare: 5n },
      { commit: 2n, prepare: 1n },
      { commit: MAX_U64, prepare: 0n },
      { commit: MAX_U64, prepare: MAX_U64 },
    ];
    const packed = inLogOrder.map(packPosition);
    const sorted = [...packed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual(packed);
    expect(new Set(packed).size).toBe(packed.length);
  });

  it('round-trips positions across the range', () => {
    for (const commit of [0n, 1n, 2n ** 32n, 2n ** 63n, MAX_U64]) {
      for (const prepare of [0n, 1n, 2n ** 32n + 7n, 2n ** 63n, MAX_U64]) {
        expect(unpackPosition(packPosition({ commit, prepare }))).toEqual({ commit, prepare });
      }
    }
  });

  it.each<[string, EsdbPosition]>([
    ['a negative commit', { commit: -1n, prepare: 0n }],
    ['a negative prepare', { commit: 0n, prepare: -1n }],
    ['a commit of 2^64', { commit: 2n ** 64n, prepare: 0n }],
    ['a prepare of 2^64', { commit: 0n, prepare: 2n ** 64n }],
  ])('refuses to pack %s', (_case, position) => {
    expect(() => packPosition(position)).toThrow(RangeError);
  });

  it.each([-1n, 2n ** 128n])('refuses to unpack %p', (position) => {
    expect(() => unpackPosition(position)).toThrow(/not a packed EventStoreDB position/);
  });
});
