import {
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type CurrentRevision,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import type { ExpectedVersion, StreamVersion } from '../event-store.js';

/** What the caller asked for, to report a version conflict in its own terms (its stream id, its expected version). */
export interface AppendContext {
  streamId: string;
  expectedVersion: ExpectedVersion;
}

/**
 * The client's errors in the port's terms: a version conflict on an append becomes our
 * WrongExpectedVersionError, a server that cannot be reached (or is not the leader, or timed out)
 * becomes EventStoreUnavailableError, and anything else is passed on unchanged.
 */
export function toStoreError(error: unknown, append?: AppendContext): unknown {
  if (append !== undefined && error instanceof EsdbWrongExpectedVersionError) {
    return new WrongExpectedVersionError(append.streamId, append.expectedVersion, toStreamVersion(error.actualVersion));
  }
  if (isUnavailable(error)) {
    const message = error instanceof Error && error.message !== '' ? error.message : 'no answer';
    return new EventStoreUnavailableError(`EventStoreDB is unavailable: ${message}`, { cause: error });
  }
  return error;
}

export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError ||
    error instanceof CancelledError ||
    // Thrown as a plain Error by the client when no node of a cluster answers gossip.
    (error instanceof Error && /^Failed to discover after \d+ attempts/.test(error.message))
  );
}

/** The stream's actual version from the client's current revision; null when the stream does not exist. */
export function toStreamVersion(current: CurrentRevision): StreamVersion | null {
  if (current === NO_STREAM || current < 0n) return null;
  return Number(current);
}
