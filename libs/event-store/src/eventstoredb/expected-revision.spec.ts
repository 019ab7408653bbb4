import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import type { ExpectedVersion } from '../event-store.js';
import { toExpectedRevision } from './expected-revision.js';

describe('expected version to EventStoreDB expected revision', () => {
  it.each<[ExpectedVersion, ReturnType<typeof toExpectedRevision>]>([
    ['any', ANY],
    ['no-stream', NO_STREAM],
    ['stream-exists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
    [Number.MAX_SAFE_INTEGER, BigInt(Number.MAX_SAFE_INTEGER)],
  ])('maps %p to %p', (expectedVersion, revision) => {
    expect(toExpectedRevision(expectedVersion)).toBe(revision);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses the exact version %p', (expectedVersion) => {
    expect(() => toExpectedRevision(expectedVersion)).toThrow(/non-negative integer/);
  });
});
