import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.js';
import { WrongExpectedVersionError } from '../errors.js';

/** What a contract run needs from an adapter: a fresh, empty store per test, and more clients of it. */
export interface ContractFixture {
  /** Another client of the same store, as a separate process would have (its own connections). */
  connect(): Promise<EventStore>;
  /** Closes every client and removes the store's data. */
  teardown(): Promise<void>;
}

const actor = { userId: 'user-1', role: 'trust-admin' };

export function newEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}, idempotencyKey: string | null = null): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey },
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const uniqueStream = (prefix = 'contract'): string => `${prefix}-${randomUUID()}`;

/**
 * The event store contract: every adapter passes the same suite.
 * `createFixture` is called before each test and must give an empty store.
 */
export function describeEventStoreContract(adapterName: string, createFixture: () => Promise<ContractFixture>): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let fixture: ContractFixture;
    let store: EventStore;

    beforeEach(async () => {
      fixture = await createFixture();
      store = await fixture.connect();
    });
    afterEach(async () => {
      await fixture?.teardown();
    });

    describe('append', () => {
      it('given no stream, when appending with no-stream, then the events get versions 0.. and increasing positions', async () => {
        const streamId = uniqueStream();
        const result = await store.append(streamId, [newEvent('A'), newEvent('B'), newEvent('C')], { expectedVersion: 'no-stream' });

        expect(result.nextExpectedVersion).toBe(2);
        const events = await collect(store.readStream(streamId));
        expect(events.map((e) => [e.type, e.streamVersion])).toEqual([['A', 0], ['B', 1], ['C', 2]]);
        // Positions increase; only the PostgreSQL adapter promises they are consecutive (its own spec).
        const positions = events.map((e) => e.position);
        expect([positions[0], positions[2]]).toEqual([result.firstPosition, result.lastPosition]);
        expect(positions[1]).toBeGreaterThan(result.firstPosition);
        expect(result.lastPosition).toBeGreaterThan(positions[1] as bigint);
      });

      it('keeps type, schema version, data and every metadata field exactly', async () => {
        const streamId = uniqueStream();
        const event = {
          ...newEvent('KpiRecorded', { academyId: '100001', value: 93.5, nested: { list: [1, 'two', null] } }, 'key-123'),
          schemaVersion: 3,
        };
        await store.append(streamId, [event], { expectedVersion: 'any' });

        const [read] = await collect(store.readStream(streamId));
        expect(read).toMatchObject({
          eventId: event.eventId,
          type: 'KpiRecorded',
          schemaVersion: 3,
          data: event.data,
          metadata: event.metadata,
          streamId,
          streamVersion: 0,
        });
        expect(read?.recordedAt).toBeInstanceOf(Date);
      });

      it.each([
        ['no-stream on an existing stream', 'no-stream' as const, 0],
        ['an exact version that is behind', 0, 1],
        ['an exact version that is ahead', 5, 1],
      ])('refuses %s and writes nothing', async (_case, expectedVersion, actual) => {
        const streamId = uniqueStream();
        await store.append(streamId, [newEvent(), ...(actual === 1 ? [newEvent()] : [])], { expectedVersion: 'no-stream' });
        const headBefore = await store.headPosition();

        const attempt = store.append(streamId, [newEvent('Refused')], { expectedVersion });

        await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(attempt).rejects.toMatchObject({ streamId, expectedVersion, actualVersion: actual });
        expect(await store.headPosition()).toBe(headBefore);
        expect((await collect(store.readStream(streamId))).map((e) => e.type)).not.toContain('Refused');
      });

      it('refuses stream-exists and exact versions on a stream that does not exist', async () => {
        const streamId = uniqueStream();
        await expect(store.append(streamId, [newEvent()], { expectedVersion: 'stream-exists' })).rejects.toMatchObject({
          name: 'WrongExpectedVersionError',
          actualVersion: null,
        });
        await expect(store.append(streamId, [newEvent()], { expectedVersion: 0 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.headPosition()).toBeNull();
      });

      it('accepts any, stream-exists and the exact version when they hold', async () => {
        const streamId = uniqueStream();
        await store.append(streamId, [newEvent()], { expectedVersion: 'any' });
        await store.append(streamId, [newEvent()], { expectedVersion: 'stream-exists' });
        const third = await store.append(streamId, [newEvent()], { expectedVersion: 1 });
        const fourth = await store.append(streamId, [newEvent()], { expectedVersion: 'any' });
        expect([third.nextExpectedVersion, fourth.nextExpectedVersion]).toEqual([2, 3]);
      });

      it('refuses an empty append', async () => {
        await expect(store.append(uniqueStream(), [], { expectedVersion: 'any' })).rejects.toThrow(/at least one event/);
      });

      it('given concurrent appends with the same expected version, then exactly one wins', async () => {
        const streamId = uniqueStream();
        await store.append(streamId, [newEvent()], { expectedVersion: 'no-stream' });
        const others = await Promise.all(Array.from({ length: 4 }, () => fixture.connect()));

        const results = await Promise.allSettled([store, ...others].map((client) => client.append(streamId, [newEvent('Race')], { expectedVersion: 0 })));

        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(refused).toHaveLength(4);
        for (const r of refused) expect(r.reason).toBeInstanceOf(WrongExpectedVersionError);
        expect(await collect(store.readStream(streamId))).toHaveLength(2);
      });

      it('given appends in flight together, when one has a wrong version, then only that one is refused', async () => {
        const good = [uniqueStream(), uniqueStream(), uniqueStream()];
        const bad = uniqueStream();
        await store.append(bad, [newEvent()], { expectedVersion: 'no-stream' });

        const results = await Promise.allSettled([
          ...good.map((streamId) => store.append(streamId, [newEvent(), newEvent()], { expectedVersion: 'no-stream' })),
          store.append(bad, [newEvent()], { expectedVersion: 'no-stream' }),
        ]);

        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
        for (const streamId of good) expect(await collect(store.readStream(streamId))).toHaveLength(2);
      });

      it('given two appends to one stream in flight together, then they apply in order', async () => {
        const streamId = uniqueStream();
        const [first, second] = await Promise.all([
          store.append(streamId, [newEvent('First')], { expectedVersion: 'no-stream' }),
          store.append(streamId, [newEvent('Second')], { expectedVersion: 0 }),
        ]);
        expect([first.nextExpectedVersion, second.nextExpectedVersion]).toEqual([0, 1]);
        expect(second.firstPosition).toBeGreaterThan(first.lastPosition);
      });
    });

    describe('reading', () => {
      it('reads a stream from a version, and nothing from a stream that does not exist', async () => {
        const streamId = uniqueStream();
        await store.append(streamId, Array.from({ length: 7 }, (_, i) => newEvent(`E${i}`)), { expectedVersion: 'no-stream' });

        const fromFive = await collect(store.readStream(streamId, { fromVersion: 5, batchSize: 2 }));
        expect(fromFive.map((e) => e.type)).toEqual(['E5', 'E6']);
        expect(await collect(store.readStream(streamId, { batchSize: 3 }))).toHaveLength(7);
        expect(await collect(store.readStream(uniqueStream()))).toEqual([]);
      });

      it('reads all events in position order after a position and up to another, across pages', async () => {
        const appended: bigint[] = [];
        for (let i = 0; i < 5; i++) {
          const result = await store.append(uniqueStream(), [newEvent(), newEvent()], { expectedVersion: 'no-stream' });
          appended.push(result.firstPosition, result.lastPosition);
        }
        const all = await collect(store.readAll({ batchSize: 3 }));
        expect(all.map((e) => e.position)).toEqual(appended);

        const middle = await collect(store.readAll({ after: appended[2], to: appended[6], batchSize: 2 }));
        expect(middle.map((e) => e.position)).toEqual(appended.slice(3, 7));
        expect(await store.headPosition()).toBe(appended[9]);
      });

      it('reads only the events of the types asked for, in position order, across pages and up to a position', async () => {
        for (let i = 0; i < 4; i++) {
          await store.append(uniqueStream(), [newEvent('Wanted'), newEvent('Other'), newEvent('AlsoWanted')], { expectedVersion: 'no-stream' });
        }
        const appended = await collect(store.readAll());
        expect(appended).toHaveLength(12);
        const wanted = appended.filter((e) => e.type !== 'Other');

        const filtered = await collect(store.readAll({ types: ['Wanted', 'AlsoWanted'], batchSize: 2 }));
        expect(filtered.map((e) => e.position)).toEqual(wanted.map((e) => e.position));
        expect(new Set(filtered.map((e) => e.type))).toEqual(new Set(['Wanted', 'AlsoWanted']));

        const middle = await collect(store.readAll({ after: wanted[1]?.position ?? null, to: wanted[5]?.position ?? null, types: ['AlsoWanted'], batchSize: 1 }));
        expect(middle.map((e) => e.position)).toEqual(wanted.slice(2, 6).filter((e) => e.type === 'AlsoWanted').map((e) => e.position));

        expect(await collect(store.readAll({ types: ['NeverStored'] }))).toEqual([]);
        expect(await collect(store.readAll({ types: [] }))).toEqual([]);
      });

      it('reads the event at an exact position, and nothing where there is none', async () => {
        const streamId = uniqueStream();
        const result = await store.append(streamId, [newEvent('First'), newEvent('Last')], { expectedVersion: 'no-stream' });
        const [first, last] = await collect(store.readStream(streamId));

        expect(await store.readEventAt(result.firstPosition)).toEqual(first);
        expect(await store.readEventAt(result.lastPosition)).toEqual(last);
        expect(await store.readEventAt(result.lastPosition + 1n)).toBeNull();
        expect(await store.readEventAt(0n)).toBeNull();
      });

      it('answers the position of the last event recorded at or before a time', async () => {
        expect(await store.positionAt(new Date())).toBeNull();
        for (let i = 0; i < 6; i++) await store.append(uniqueStream(), [newEvent()], { expectedVersion: 'any' });
        const all = await collect(store.readAll());
        const first = all[0];
        const last = all[all.length - 1];
        if (first === undefined || last === undefined) throw new Error('expected events');

        expect(await store.positionAt(new Date(first.recordedAt.getTime() - 1))).toBeNull();
        expect(await store.positionAt(new Date(last.recordedAt.getTime() + 60_000))).toBe(last.position);
        for (const event of all) {
          const expected = all.filter((other) => other.recordedAt.getTime() <= event.recordedAt.getTime()).at(-1)?.position;
          expect(await store.positionAt(event.recordedAt)).toBe(expected);
        }
      });

      it('has recordedAt that never goes backwards in position order', async () => {
        for (let i = 0; i < 5; i++) await store.append(uniqueStream(), [newEvent()], { expectedVersion: 'any' });
        const times = (await collect(store.readAll())).map((e) => e.recordedAt.getTime());
        expect([...times].sort((a, b) => a - b)).toEqual(times);
      });
    });

    describe('subscribeToAll', () => {
      it('catches up from a checkpoint, then follows new appends, in order', async () => {
        const first = await store.append(uniqueStream(), [newEvent('Old1'), newEvent('Old2')], { expectedVersion: 'no-stream' });
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({
          after: first.firstPosition,
          onEvents: async (events) => {
            received.push(...events);
          },
        });
        await store.append(uniqueStream(), [newEvent('New')], { expectedVersion: 'no-stream' });
        await waitFor(() => received.length === 2);
        await subscription.stop();
        expect(received.map((e) => e.type)).toEqual(['Old2', 'New']);
      });

      it('stops on a handler error without moving past the event', async () => {
        await store.append(uniqueStream(), [newEvent('Ok'), newEvent('Poison'), newEvent('After')], { expectedVersion: 'no-stream' });
        const seen: string[] = [];
        const errors: unknown[] = [];
        const subscription = store.subscribeToAll({
          after: null,
          batchSize: 1,
          onEvents: async ([event]) => {
            if (event?.type === 'Poison') throw new Error('cannot apply');
            seen.push(event?.type ?? '');
          },
          onError: (error) => errors.push(error),
        });
        await subscription.stopped;
        expect(seen).toEqual(['Ok']);
        expect(errors).toHaveLength(1);
      });

      it('given 16 concurrent appenders on different streams, then a follower receives every event exactly once and in position order', async () => {
        const appenders = await Promise.all(Array.from({ length: 16 }, () => fixture.connect()));
        for (let round = 0; round < 3; round++) {
          const head = (await store.headPosition()) ?? 0n;
          const received: RecordedEvent[] = [];
          const subscription = store.subscribeToAll({
            after: head,
            batchSize: 37,
            onEvents: async (events) => {
              received.push(...events);
            },
          });
          const written = await Promise.all(
            appenders.map(async (appender, a) => {
              const ids: string[] = [];
              for (let i = 0; i < 20; i++) {
                const batch = Array.from({ length: 1 + (i % 3) }, () => newEvent('Concurrent', { appender: a, i }));
                await appender.append(`concurrent-${round}-${a}`, batch, { expectedVersion: i === 0 ? 'no-stream' : 'stream-exists' });
                ids.push(...batch.map((e) => e.eventId));
              }
              return ids;
            }),
          );
          const expected = written.flat();
          await waitFor(() => received.length >= expected.length);
          await subscription.stop();

          expect(received).toHaveLength(expected.length);
          expect(new Set(received.map((e) => e.eventId))).toEqual(new Set(expected));
          const positions = received.map((e) => e.position);
          for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1] as bigint);
        }
      }, 60_000);
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the subscription');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
