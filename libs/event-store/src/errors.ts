import type { ExpectedVersion, StreamVersion } from './event-store.js';

/** The stream was not at the version the writer expected: someone else appended first. Safe to retry after re-reading. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    /** The stream's actual version, or null when it does not exist. */
    readonly actualVersion: StreamVersion | null,
  ) {
    super(`Stream ${streamId} is at ${actualVersion === null ? 'no stream' : `version ${actualVersion}`}, expected ${String(expectedVersion)}`);
  }
}

/** The store could not be reached or failed; the append may be retried by the caller. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * An idempotency key already on the stream was used there by another command: the key cannot be
 * answered with that command's events. (Callers name the stream to the user in their own words.)
 */
export class KeyUsedByAnotherCommandError extends Error {
  override readonly name = 'KeyUsedByAnotherCommandError';
  constructor(
    readonly streamId: string,
    readonly idempotencyKey: string,
    readonly earlierCommandType: string,
    readonly commandType: string,
  ) {
    super(`Idempotency key ${idempotencyKey} was used on ${streamId} by ${earlierCommandType}, not ${commandType}`);
  }
}
