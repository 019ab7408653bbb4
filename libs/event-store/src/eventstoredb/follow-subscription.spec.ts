import { PassThrough } from 'node:stream';
import type { Position, RecordedEvent } from '../event-store.js';
import { followSubscription, type FollowInput, type SubscriptionSource } from './follow-subscription.js';

type Source = PassThrough & SubscriptionSource<RecordedEvent> & { unsubscribed: boolean; openedAfter: Position | null };

function event(position: bigint, type = 'E'): RecordedEvent {
  return {
    eventId: `e-${position}`,
    type,
    schemaVersion: 1,
    data: {},
    metadata: { actor: { userId: 'u', role: 'r' }, correlationId: 'c', causationId: 'c', idempotencyKey: null },
    streamId: 's',
    streamVersion: Number(position),
    position,
    recordedAt: new Date(0),
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Opens fake server subscriptions (object-mode streams) and records them. */
function harness(overrides: Partial<FollowInput<RecordedEvent>> = {}) {
  const sources: Source[] = [];
  const batches: bigint[][] = [];
  const errors: unknown[] = [];
  const input: FollowInput<RecordedEvent> = {
    after: null,
    batchSize: 100,
    batchWindowMs: 5,
    open: (after) => {
      const source: Source = Object.assign(new PassThrough({ objectMode: true, highWaterMark: 2 }), {
        unsubscribed: false,
        openedAfter: after,
        unsubscribe: async () => {
          source.unsubscribed = true;
        },
      });
      sources.push(source);
      return source;
    },
    toEvent: (item) => item,
    isRetryable: (error) => error instanceof Error && error.message === 'server restarting',
    onEvents: async (events) => {
      batches.push(events.map((e) => e.position));
    },
    onError: (error) => errors.push(error),
    ...overrides,
  };
  const subscription = followSubscription(input);
  const source = (i = 0): Source => {
    const found = sources[i];
    if (found === undefined) throw new Error(`no source ${i} opened`);
    return found;
  };
  return { subscription, sources, source, batches, errors };
}

describe('following an EventStoreDB subscription in batches', () => {
  it('hands over what has arrived in batches of at most the batch size, in order', async () => {
    const { subscription, source, batches } = harness({ batchSize: 2 });
    for (const position of [1n, 2n, 3n, 4n, 5n]) source().write(event(position));
    await waitFor(() => batches.flat().length === 5);
    await subscription.stop();
    expect(batches).toEqual([[1n, 2n], [3n, 4n], [5n]]);
  });

  it('collects events that arrive within the batch window into one batch', async () => {
    const { subscription, source, batches } = harness({ batchWindowMs: 10_000, batchSize: 3 });
    source().write(event(1n));
    source().write(event(2n));
    expect(batches).toEqual([]);
    source().write(event(3n));
    await waitFor(() => batches.length === 1);
    await subscription.stop();
    expect(batches).toEqual([[1n, 2n, 3n]]);
  });

  it('pauses the server subscription while the handler runs, and resumes it after', async () => {
    const gate = deferred();
    const pausedInHandler: boolean[] = [];
    const { subscription, source, batches } = harness({
      batchSize: 1,
      onEvents: async (events) => {
        pausedInHandler.push(source().isPaused());
        batches.push(events.map((e) => e.position));
        if (events[0]?.position === 1n) await gate.promise;
      },
    });
    source().write(event(1n));
    source().write(event(2n));
    await waitFor(() => batches.length === 1);
    expect(source().isPaused()).toBe(true);
    expect(batches).toEqual([[1n]]);

    gate.resolve();
    await waitFor(() => batches.length === 2);
    await waitFor(() => !source().isPaused());
    await subscription.stop();
    expect(pausedInHandler).toEqual([true, true]);
  });

  it('drops events at or before the checkpoint, as a server that starts at the checkpoint itself sends them', async () => {
    const { subscription, source, batches } = harness({ after: 10n });
    for (const position of [5n, 10n, 11n, 12n]) source().write(event(position));
    await waitFor(() => batches.flat().length === 2);
    await subscription.stop();
    expect(source().openedAfter).toBe(10n);
    expect(batches.flat()).toEqual([11n, 12n]);
  });

  it('leaves out what the mapping does not own', async () => {
    const { subscription, source, batches } = harness({ toEvent: (item) => (item.type === '$system' ? null : item) });
    source().write(event(1n, '$system'));
    source().write(event(2n));
    await waitFor(() => batches.length === 1);
    await subscription.stop();
    expect(batches).toEqual([[2n]]);
  });

  it('stops on a handler error, reports it once and never moves past the event', async () => {
    const seen: bigint[] = [];
    const { subscription, source, errors } = harness({
      batchSize: 1,
      onEvents: async ([first]) => {
        if (first?.type === 'Poison') throw new Error('cannot apply');
        if (first !== undefined) seen.push(first.position);
      },
    });
    source().write(event(1n));
    source().write(event(2n, 'Poison'));
    source().write(event(3n));
    await subscription.stopped;
    expect(seen).toEqual([1n]);
    expect(errors).toEqual([new Error('cannot apply')]);
    expect(source().unsubscribed).toBe(true);
  });

  it('stops on an event it cannot map, reporting the error', async () => {
    const { subscription, source, errors, batches } = harness({
      toEvent: (item) => {
        if (item.type === 'Garbled') throw new TypeError('Event e-2 has no valid actor');
        return item;
      },
      batchSize: 1,
    });
    source().write(event(1n));
    source().write(event(2n, 'Garbled'));
    await subscription.stopped;
    expect(batches).toEqual([[1n]]);
    expect(errors).toEqual([new TypeError('Event e-2 has no valid actor')]);
  });

  it('reopens a server subscription that failed for a retryable reason from the last handled event', async () => {
    const { subscription, sources, source, batches, errors } = harness({ batchSize: 1 });
    source(0).write(event(1n));
    source(0).write(event(2n));
    await waitFor(() => batches.length === 2);
    source(0).emit('error', new Error('server restarting'));
    await waitFor(() => sources.length === 2);
    expect(source(0).unsubscribed).toBe(true);
    expect(source(1).openedAfter).toBe(2n);
    source(1).write(event(2n));
    source(1).write(event(3n));
    await waitFor(() => batches.length === 3);
    await subscription.stop();
    expect(batches).toEqual([[1n], [2n], [3n]]);
    expect(errors).toEqual([]);
  });

  it('reopens a server subscription that ended', async () => {
    const { subscription, sources, source, batches } = harness();
    source(0).write(event(1n));
    await waitFor(() => batches.length === 1);
    source(0).end();
    await waitFor(() => sources.length === 2);
    expect(source(1).openedAfter).toBe(1n);
    await subscription.stop();
  });

  it('stops and reports a failure that is not retryable (access denied, say)', async () => {
    const { subscription, source, errors } = harness();
    source().emit('error', new Error('access denied'));
    await subscription.stopped;
    expect(errors).toEqual([new Error('access denied')]);
  });

  it('stop() waits for the batch in flight, then unsubscribes', async () => {
    const gate = deferred();
    const { subscription, source, batches } = harness({
      onEvents: async (events) => {
        batches.push(events.map((e) => e.position));
        await gate.promise;
      },
    });
    source().write(event(1n));
    await waitFor(() => batches.length === 1);
    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    expect(source().unsubscribed).toBe(true);
  });

  it('stop() while waiting for events ends at once', async () => {
    const { subscription, source, errors } = harness();
    await subscription.stop();
    await subscription.stopped;
    expect(source().unsubscribed).toBe(true);
    expect(errors).toEqual([]);
  });
});
