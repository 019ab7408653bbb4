import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision } from '@eventstore/db-client';
import type { ExpectedVersion } from '../event-store.js';

/** The port's expected version as EventStoreDB's expected revision (stream versions and revisions are both 0-based). */
export function toExpectedRevision(expectedVersion: ExpectedVersion): AppendExpectedRevision {
  switch (expectedVersion) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
        throw new RangeError(`Expected version must be a non-negative integer, got ${expectedVersion}`);
      }
      return BigInt(expectedVersion);
  }
}
