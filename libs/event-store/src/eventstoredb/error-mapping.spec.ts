import {
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  NotFoundError,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type CurrentRevision,
} from '@eventstore/db-client';
import type { ExpectedVersion } from '../event-store.js';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import { isUnavailable, toStoreError, toStreamVersion } from './error-mapping.js';

describe('client errors in the port terms', () => {
  it('maps a wrong expected version to ours, with the caller stream id, expected version and the actual version', () => {
    const clientError = new EsdbWrongExpectedVersionError(undefined, { streamName: 'run-1:academy-1', expected: 0n, current: 3n });
    const mapped = toStoreError(clientError, { streamId: 'academy-1', expectedVersion: 0 });
    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ streamId: 'academy-1', expectedVersion: 0, actualVersion: 3 });
  });

  it.each<[string, ExpectedVersion, CurrentRevision, number | null]>([
    ['no-stream', 'no-stream', 0n, 0],
    ['stream-exists on a missing stream', 'stream-exists', NO_STREAM, null],
    ['an exact version on a missing stream', 5, NO_STREAM, null],
  ])('maps the actual version for %s', (_case, expectedVersion, current, actualVersion) => {
    const clientError = new EsdbWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current });
    expect(toStoreError(clientError, { streamId: 's', expectedVersion })).toMatchObject({ expectedVersion, actualVersion });
  });

  it('reads no_stream and a negative revision as no stream', () => {
    expect(toStreamVersion(NO_STREAM)).toBeNull();
    expect(toStreamVersion(-1n)).toBeNull();
    expect(toStreamVersion(0n)).toBe(0);
    expect(toStreamVersion(12n)).toBe(12);
  });

  it.each([
    ['unavailable', new UnavailableError(undefined, 'connect ECONNREFUSED 127.0.0.1:2113')],
    ['deadline exceeded', new DeadlineExceededError()],
    ['a commit timeout', new TimeoutError()],
    ['cancelled by the server', new CancelledError()],
    ['no node found by discovery', new Error('Failed to discover after 10 attempts.')],
  ])('maps %s to EventStoreUnavailableError, keeping the cause', (_case, clientError) => {
    const mapped = toStoreError(clientError);
    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect(mapped).toMatchObject({ cause: clientError });
    expect((mapped as Error).message).toMatch(/^EventStoreDB is unavailable: /);
    expect(isUnavailable(clientError)).toBe(true);
  });

  it('passes other errors on unchanged, and a version conflict outside an append too', () => {
    const deleted = StreamDeletedError.fromStreamName('academy-1');
    const notFound = new NotFoundError();
    const conflict = new EsdbWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n });
    expect(toStoreError(deleted)).toBe(deleted);
    expect(toStoreError(notFound)).toBe(notFound);
    expect(toStoreError(conflict)).toBe(conflict);
    expect(toStoreError('a string')).toBe('a string');
    expect(isUnavailable(deleted)).toBe(false);
  });
});
