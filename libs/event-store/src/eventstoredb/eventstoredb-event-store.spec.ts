import { randomUUID } from 'node:crypto';
import type { PassThrough } from 'node:stream';
import { BACKWARDS, FORWARDS, UnavailableError, excludeSystemEvents, streamNameFilter, type AllStreamResolvedEvent, type ReadPosition } from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import type { NewEvent, RecordedEvent } from '../event-store.js';
import { encodeMetadata } from './event-metadata.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { packPosition, unpackPosition } from './positions.js';
import { EVERY_START, FakeEventStoreDbClient } from './test-support/fake-eventstoredb-client.js';

function newEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { userId: 'user-1', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('EventStoreDbEventStore against an in-memory stand-in for the client', () => {
  let client: FakeEventStoreDbClient;
  let store: EventStoreDbEventStore;

  beforeEach(() => {
    client = new FakeEventStoreDbClient();
    store = new EventStoreDbEventStore(client, { batchWindowMs: 1 });
  });
  afterEach(async () => {
    await store.close();
  });

  describe('append', () => {
    it('returns the versions and the $all positions of the events written, which are not consecutive', async () => {
      client.writeSystemEvent();
      const result = await store.append('academy-1', [newEvent('A'), newEvent('B'), newEvent('C')], { expectedVersion: 'no-stream' });

      const written = await collect(store.readStream('academy-1'));
      expect(result).toEqual({ streamId: 'academy-1', nextExpectedVersion: 2, firstPosition: written[0]?.position, lastPosition: written[2]?.position });
      expect(result.lastPosition - result.firstPosition).toBeGreaterThan(2n);
      expect(written.map((e) => [e.type, e.streamVersion])).toEqual([['A', 0], ['B', 1], ['C', 2]]);
    });

    it('writes JSON events under our event id and type, with our metadata', async () => {
      const event = { ...newEvent('KpiRecorded', { value: 93.5 }), schemaVersion: 3 };
      await store.append('academy-1', [event], { expectedVersion: 'any' });
      expect(client.log[0]).toMatchObject({
        streamId: 'academy-1',
        id: event.eventId,
        type: 'KpiRecorded',
        isJson: true,
        data: { value: 93.5 },
        metadata: encodeMetadata(3, event.metadata),
      });
    });

    it.each([
      ['no-stream on an existing stream', 'no-stream' as const, 0],
      ['an exact version that is behind', 0, 1],
      ['an exact version that is ahead', 5, 1],
    ])('refuses %s with our WrongExpectedVersionError and the actual version', async (_case, expectedVersion, actual) => {
      await store.append('academy-1', [newEvent(), ...(actual === 1 ? [newEvent()] : [])], { expectedVersion: 'no-stream' });
      const attempt = store.append('academy-1', [newEvent('Refused')], { expectedVersion });
      await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(attempt).rejects.toMatchObject({ streamId: 'academy-1', expectedVersion, actualVersion: actual });
      expect(client.log.map((e) => e.type)).not.toContain('Refused');
    });

    it('refuses stream-exists and an exact version on a missing stream, with no actual version', async () => {
      await expect(store.append('academy-1', [newEvent()], { expectedVersion: 'stream-exists' })).rejects.toMatchObject({
        name: 'WrongExpectedVersionError',
        actualVersion: null,
      });
      await expect(store.append('academy-1', [newEvent()], { expectedVersion: 0 })).rejects.toMatchObject({ actualVersion: null });
    });

    it('refuses an empty append, a bad expected version and a system stream id before calling the server', async () => {
      await expect(store.append('academy-1', [], { expectedVersion: 'any' })).rejects.toThrow(new RangeError('An append needs at least one event'));
      await expect(store.append('academy-1', [newEvent()], { expectedVersion: -1 })).rejects.toThrow(RangeError);
      await expect(store.append('$settings', [newEvent()], { expectedVersion: 'any' })).rejects.toThrow(/system streams/);
      expect(client.log).toEqual([]);
    });

    it('maps an unreachable server to EventStoreUnavailableError', async () => {
      client.failWith = new UnavailableError(undefined, 'connect ECONNREFUSED');
      await expect(store.append('academy-1', [newEvent()], { expectedVersion: 'any' })).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(collect(store.readAll())).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.headPosition()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });

    it('sends appends to one stream one after another, in call order, and to different streams together', async () => {
      const release: (() => void)[] = [];
      client.gate = () => new Promise<void>((resolve) => release.push(resolve));

      const first = store.append('academy-1', [newEvent('First')], { expectedVersion: 'no-stream' });
      const second = store.append('academy-1', [newEvent('Second')], { expectedVersion: 0 });
      const other = store.append('academy-2', [newEvent('Other')], { expectedVersion: 'no-stream' });
      await waitFor(() => client.appendsInFlight === 2);
      expect(release).toHaveLength(2);

      release.shift()?.();
      await first;
      await waitFor(() => release.length === 2);
      for (const go of release.splice(0)) go();
      const [one, two] = [await first, await second, await other];
      expect([one.nextExpectedVersion, two.nextExpectedVersion]).toEqual([0, 1]);
      expect(two.firstPosition).toBeGreaterThan(one.lastPosition);
    });

    it('after a refused append, still runs the next one queued on the stream', async () => {
      await store.append('academy-1', [newEvent()], { expectedVersion: 'no-stream' });
      const [refused, next] = await Promise.allSettled([
        store.append('academy-1', [newEvent()], { expectedVersion: 'no-stream' }),
        store.append('academy-1', [newEvent()], { expectedVersion: 0 }),
      ]);
      expect([refused.status, next.status]).toEqual(['rejected', 'fulfilled']);
    });

    it('refuses appends once closed', async () => {
      await store.close();
      await expect(store.append('academy-1', [newEvent()], { expectedVersion: 'any' })).rejects.toThrow(/closed/);
    });
  });

  describe('reading', () => {
    it('reads a stream from a version across pages, and nothing from a missing stream', async () => {
      await store.append('academy-1', Array.from({ length: 7 }, (_, i) => newEvent(`E${i}`)), { expectedVersion: 'no-stream' });
      expect((await collect(store.readStream('academy-1', { fromVersion: 5, batchSize: 2 }))).map((e) => e.type)).toEqual(['E5', 'E6']);
      expect(await collect(store.readStream('academy-1', { batchSize: 3 }))).toHaveLength(7);
      expect(await collect(store.readStream('academy-1', { batchSize: 7 }))).toHaveLength(7);
      expect(await collect(store.readStream('missing'))).toEqual([]);
    });

    it('reads $all in order across pages, after one position and up to another, leaving out system events', async () => {
      const positions: bigint[] = [];
      for (let i = 0; i < 5; i++) {
        client.writeSystemEvent();
        const result = await store.append(`academy-${i}`, [newEvent(), newEvent()], { expectedVersion: 'no-stream' });
        positions.push(result.firstPosition, result.lastPosition);
      }
      client.writeSystemEvent('$scavenges', 'ScavengeStarted');

      for (const batchSize of [1, 2, 3, 100]) {
        expect((await collect(store.readAll({ batchSize }))).map((e) => e.position)).toEqual(positions);
        const middle = await collect(store.readAll({ after: positions[2], to: positions[6], batchSize }));
        expect(middle.map((e) => e.position)).toEqual(positions.slice(3, 7));
      }
      expect(await collect(store.readAll({ after: positions[9] }))).toEqual([]);
    });

    it('reads only the types asked for from $all, across pages and up to a position, never decoding the others', async () => {
      const wanted: bigint[] = [];
      for (let i = 0; i < 4; i++) {
        const result = await store.append(`academy-${i}`, [newEvent('Wanted'), newEvent('Other')], { expectedVersion: 'no-stream' });
        wanted.push(result.firstPosition);
        client.writeSystemEvent();
      }
      // An event of another type that cannot be decoded is skipped before decoding, so it does not stop the read.
      client.writeRaw('academy-9', { type: 'Garbled', data: {}, metadata: { schemaVersion: 1 } });

      for (const batchSize of [1, 2, 100]) {
        expect((await collect(store.readAll({ types: ['Wanted'], batchSize }))).map((e) => e.position)).toEqual(wanted);
        const middle = await collect(store.readAll({ types: ['Wanted'], after: wanted[0], to: wanted[2], batchSize }));
        expect(middle.map((e) => e.position)).toEqual(wanted.slice(1, 3));
      }
      expect(await collect(store.readAll({ types: [] }))).toEqual([]);
    });

    it('stops a read of $all at an event that cannot be decoded, naming it', async () => {
      await store.append('academy-1', [newEvent()], { expectedVersion: 'any' });
      client.writeRaw('academy-1', { type: 'Garbled', data: {}, metadata: { schemaVersion: 1 } });
      await expect(collect(store.readAll())).rejects.toThrow(/\(Garbled\) in stream academy-1: Event metadata has no valid actor/);
    });

    it('gives the head as the last ledger event, past trailing system events, and null when there is none', async () => {
      expect(await store.headPosition()).toBeNull();
      client.writeSystemEvent();
      expect(await store.headPosition()).toBeNull();
      const { lastPosition } = await store.append('academy-1', [newEvent(), newEvent()], { expectedVersion: 'any' });
      for (let i = 0; i < 250; i++) client.writeSystemEvent();
      expect(await store.headPosition()).toBe(lastPosition);
    });
  });

  describe('positionAt', () => {
    it('reads $all backwards to the last event of ours recorded at or before the time, past system events and across pages', async () => {
      expect(await store.positionAt(new Date('2030-01-01T00:00:00Z'))).toBeNull();
      const first = await store.append('academy-1', [newEvent('A')], { expectedVersion: 'no-stream' });
      const second = await store.append('academy-1', [newEvent('B')], { expectedVersion: 0 });
      for (let i = 0; i < 250; i++) client.writeSystemEvent();
      const firstAt = client.log[0]?.created ?? new Date(0);
      const secondAt = client.log[1]?.created ?? new Date(0);

      expect(await store.positionAt(new Date(firstAt.getTime() - 1))).toBeNull();
      expect(await store.positionAt(firstAt)).toBe(first.lastPosition);
      expect(await store.positionAt(secondAt)).toBe(second.lastPosition);
      expect(await store.positionAt(new Date('2030-01-01T00:00:00Z'))).toBe(second.lastPosition);
    });
  });

  describe('readEventAt', () => {
    it('gives the event at exactly a position, and null where there is none or it is a system event', async () => {
      const { firstPosition, lastPosition } = await store.append('academy-1', [newEvent('A'), newEvent('B')], { expectedVersion: 'no-stream' });
      client.writeSystemEvent();
      const system = packPosition(client.log[2]?.position ?? { commit: 0n, prepare: 0n });

      expect(await store.readEventAt(firstPosition)).toMatchObject({ type: 'A', streamId: 'academy-1', streamVersion: 0, position: firstPosition });
      expect(await store.readEventAt(lastPosition)).toMatchObject({ type: 'B', position: lastPosition, recordedAt: client.log[1]?.created });
      expect(await store.readEventAt(firstPosition + 1n)).toBeNull();
      expect(await store.readEventAt(system)).toBeNull();
      expect(await store.readEventAt(0n)).toBeNull();
      expect(await store.readEventAt(-1n)).toBeNull();
      expect(await store.readEventAt(1n << 128n)).toBeNull();
    });

    it('sees only its own streams and nothing at or before its start', async () => {
      const before = await store.append('academy-1', [newEvent('Before')], { expectedVersion: 'any' });
      const scoped = new EventStoreDbEventStore(client, { streamPrefix: 'run-1:', startAfter: before.lastPosition });
      const mine = await scoped.append('academy-1', [newEvent('Mine')], { expectedVersion: 'no-stream' });
      const theirs = await store.append('academy-2', [newEvent('Theirs')], { expectedVersion: 'any' });

      expect(await scoped.readEventAt(mine.lastPosition)).toMatchObject({ type: 'Mine', streamId: 'academy-1' });
      expect(await scoped.readEventAt(theirs.lastPosition)).toBeNull();
      expect(await scoped.readEventAt(before.lastPosition)).toBeNull();
    });

    it('maps an unreachable server to EventStoreUnavailableError', async () => {
      const { lastPosition } = await store.append('academy-1', [newEvent()], { expectedVersion: 'any' });
      client.failWith = new UnavailableError(undefined, 'connect ECONNREFUSED');
      await expect(store.readEventAt(lastPosition)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });
  });

  it('says its positions are not dense', () => {
    expect(store.positionsAreDense).toBe(false);
  });

  it('calls onClose once, after its subscriptions have stopped, however often it is closed', async () => {
    const events: string[] = [];
    const owning = new EventStoreDbEventStore(client, {
      onClose: async () => {
        events.push(`disposed with ${client.subscriptions.length} subscriptions open`);
      },
    });
    owning.subscribeToAll({ after: null, onEvents: async () => undefined });
    await Promise.all([owning.close(), owning.close()]);
    await owning.close();
    expect(events).toEqual(['disposed with 0 subscriptions open']);
  });

  describe('scoped to a stream prefix and a start position', () => {
    it('sees only its own streams, without the prefix, and only after the start', async () => {
      const before = await store.append('academy-1', [newEvent('Before')], { expectedVersion: 'any' });
      const scoped = new EventStoreDbEventStore(client, { streamPrefix: 'run-1:', startAfter: before.lastPosition, batchWindowMs: 1 });
      const otherRun = new EventStoreDbEventStore(client, { streamPrefix: 'run-2:' });
      expect(await scoped.headPosition()).toBeNull();

      const mine = await scoped.append('academy-1', [newEvent('Mine')], { expectedVersion: 'no-stream' });
      await otherRun.append('academy-1', [newEvent('Theirs')], { expectedVersion: 'no-stream' });
      await store.append('academy-9', [newEvent('Unscoped')], { expectedVersion: 'any' });

      expect(client.log.map((e) => e.streamId)).toEqual(['academy-1', 'run-1:academy-1', 'run-2:academy-1', 'academy-9']);
      expect((await collect(scoped.readStream('academy-1'))).map((e) => [e.streamId, e.type])).toEqual([['academy-1', 'Mine']]);
      expect((await collect(scoped.readAll())).map((e) => e.type)).toEqual(['Mine']);
      expect(await scoped.headPosition()).toBe(mine.lastPosition);
      expect((await collect(store.readAll())).map((e) => e.streamId)).toEqual(['academy-1', 'run-1:academy-1', 'run-2:academy-1', 'academy-9']);
    });

    it('lets the head stop at the start position rather than scan the whole log', async () => {
      await store.append('academy-1', [newEvent()], { expectedVersion: 'any' });
      const start = packPosition(client.log[0]?.position ?? { commit: 0n, prepare: 0n });
      const scoped = new EventStoreDbEventStore(client, { streamPrefix: 'run-1:', startAfter: start });
      for (let i = 0; i < 10; i++) client.writeSystemEvent();
      expect(await scoped.headPosition()).toBeNull();
    });
  });

  describe('subscribeToAll', () => {
    it('filters system events out on the server, catches up from the checkpoint, then follows appends', async () => {
      const first = await store.append('academy-1', [newEvent('Old1'), newEvent('Old2')], { expectedVersion: 'no-stream' });
      client.writeSystemEvent();
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: first.firstPosition, onEvents: async (events) => void received.push(...events) });
      await store.append('academy-2', [newEvent('New')], { expectedVersion: 'no-stream' });
      await waitFor(() => received.length === 2);
      await subscription.stop();

      expect(received.map((e) => e.type)).toEqual(['Old2', 'New']);
      expect(client.subscriptions).toEqual([]);
    });

    it('asks the server for non-system events, or for the prefix of a scoped store, from the later of checkpoint and start', async () => {
      const opened: unknown[] = [];
      const subscribeToAll = client.subscribeToAll.bind(client);
      client.subscribeToAll = (options) => {
        opened.push(options);
        return subscribeToAll(options);
      };
      const scoped = new EventStoreDbEventStore(client, { streamPrefix: 'run-1:', startAfter: (5n << 64n) | 5n });
      await store.subscribeToAll({ after: null, onEvents: async () => undefined }).stop();
      await scoped.subscribeToAll({ after: 1n, onEvents: async () => undefined }).stop();
      await scoped.subscribeToAll({ after: (9n << 64n) | 9n, onEvents: async () => undefined }).stop();

      expect(opened).toEqual([
        { fromPosition: 'start', filter: excludeSystemEvents() },
        { fromPosition: { commit: 5n, prepare: 5n }, filter: streamNameFilter({ prefixes: ['run-1:'] }) },
        { fromPosition: { commit: 9n, prepare: 9n }, filter: streamNameFilter({ prefixes: ['run-1:'] }) },
      ]);
    });

    it('delivers batches of at most the batch size, every event once and in order', async () => {
      for (let i = 0; i < 10; i++) await store.append(`academy-${i}`, [newEvent(), newEvent(), newEvent()], { expectedVersion: 'no-stream' });
      const batches: RecordedEvent[][] = [];
      const subscription = store.subscribeToAll({ after: null, batchSize: 7, onEvents: async (events) => void batches.push([...events]) });
      await waitFor(() => batches.flat().length === 30);
      await subscription.stop();
      expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(7);
      const positions = batches.flat().map((e) => e.position);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(positions).size).toBe(30);
    });

    it('stops at an event it cannot decode and reports it, never skipping it', async () => {
      await store.append('academy-1', [newEvent('Ok')], { expectedVersion: 'any' });
      client.writeRaw('academy-1', { type: 'Garbled', data: {}, metadata: undefined });
      await store.append('academy-1', [newEvent('After')], { expectedVersion: 'any' });
      const seen: string[] = [];
      const errors: unknown[] = [];
      const subscription = store.subscribeToAll({ after: null, batchSize: 1, onEvents: async ([e]) => void seen.push(e?.type ?? ''), onError: (error) => errors.push(error) });
      await subscription.stopped;
      expect(seen).toEqual(['Ok']);
      expect(errors).toHaveLength(1);
      expect(String(errors[0])).toMatch(/Garbled/);
    });

    it('is stopped by close()', async () => {
      const subscription = store.subscribeToAll({ after: null, onEvents: async () => undefined });
      await store.close();
      await subscription.stopped;
      expect(client.subscriptions).toEqual([]);
    });
  });
});

/*
 * Whether the client starts a read or a subscription of $all at the position it is given or just after it: the
 * fake does as @eventstore/db-client is documented to (DOCUMENTED_STARTS cites where), and here each is also flipped,
 * since the adapter must skip nothing and repeat nothing either way.
 */
describe('EventStoreDbEventStore, whichever side of a position the client starts from', () => {
  const stores: EventStoreDbEventStore[] = [];
  const storeOn = (client: FakeEventStoreDbClient, options: ConstructorParameters<typeof EventStoreDbEventStore>[1] = {}): EventStoreDbEventStore => {
    const store = new EventStoreDbEventStore(client, { batchWindowMs: 1, ...options });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  describe("the fake's starts, so that the cases below differ", () => {
    it('given a log, when read forwards, backwards and subscribed from an event\'s position, then that event is given only where the start is inclusive', async () => {
      for (const start of EVERY_START) {
        const client = new FakeEventStoreDbClient({ readAllForwards: start, readAllBackwards: start, subscribeToAll: start });
        await storeOn(client).append('academy-1', [newEvent('A'), newEvent('B'), newEvent('C')], { expectedVersion: 'no-stream' });
        const middle = client.log[1]?.position ?? { commit: 0n, prepare: 0n };
        const types = async (read: AsyncIterable<AllStreamResolvedEvent>): Promise<string[]> => (await collect(read)).map(({ event }) => event?.type ?? '');
        // The fake's subscription is an object-mode stream that holds what it was given until it is read.
        const subscription = client.subscribeToAll({ fromPosition: middle, filter: excludeSystemEvents() }) as unknown as PassThrough & { unsubscribe(): Promise<void> };
        const subscribed: string[] = [];
        for (let item = subscription.read() as AllStreamResolvedEvent | null; item !== null; item = subscription.read() as AllStreamResolvedEvent | null) subscribed.push(item.event?.type ?? '');
        await subscription.unsubscribe();
        expect({
          start,
          forwards: await types(client.readAll({ fromPosition: middle, maxCount: 10, direction: FORWARDS })),
          backwards: await types(client.readAll({ fromPosition: middle, maxCount: 10, direction: BACKWARDS })),
          subscribed,
        }).toEqual(
          start === 'inclusive'
            ? { start, forwards: ['B', 'C'], backwards: ['B', 'A'], subscribed: ['B', 'C'] }
            : { start, forwards: ['C'], backwards: ['A'], subscribed: ['C'] },
        );
      }
    });
  });

  describe.each(EVERY_START)('given reads of $all forwards that start %s of the position', (readAllForwards) => {
    it('when reading across pages after a position and up to another, then every event between them comes once, in order', async () => {
      const client = new FakeEventStoreDbClient({ readAllForwards });
      const store = storeOn(client);
      const positions: bigint[] = [];
      for (let i = 0; i < 5; i++) {
        client.writeSystemEvent();
        const result = await store.append(`academy-${i}`, [newEvent('Wanted'), newEvent('Other')], { expectedVersion: 'no-stream' });
        positions.push(result.firstPosition, result.lastPosition);
      }
      const wanted = positions.filter((_, index) => index % 2 === 0);

      for (const batchSize of [1, 2, 3, 100]) {
        expect({ batchSize, all: (await collect(store.readAll({ batchSize }))).map((e) => e.position) }).toEqual({ batchSize, all: positions });
        const middle = await collect(store.readAll({ after: positions[2], to: positions[6], batchSize }));
        expect({ batchSize, middle: middle.map((e) => e.position) }).toEqual({ batchSize, middle: positions.slice(3, 7) });
        const ofType = await collect(store.readAll({ types: ['Wanted'], after: wanted[0], batchSize }));
        expect({ batchSize, ofType: ofType.map((e) => e.position) }).toEqual({ batchSize, ofType: wanted.slice(1) });
      }
      expect(await collect(store.readAll({ after: positions[9] }))).toEqual([]);
    });
  });

  describe.each(EVERY_START)('given reads of $all backwards that start %s of the position', (readAllBackwards) => {
    it('when the last events are pages of system events, then the head is still the last ledger event, and positionAt finds each event', async () => {
      const client = new FakeEventStoreDbClient({ readAllBackwards });
      const store = storeOn(client);
      expect(await store.headPosition()).toBeNull();
      const first = await store.append('academy-1', [newEvent('A')], { expectedVersion: 'no-stream' });
      for (let i = 0; i < 150; i++) client.writeSystemEvent();
      const second = await store.append('academy-1', [newEvent('B')], { expectedVersion: 0 });
      for (let i = 0; i < 250; i++) client.writeSystemEvent();
      const createdAt = (type: string): Date => client.log.find((e) => e.type === type)?.created ?? new Date(0);

      expect(await store.headPosition()).toBe(second.lastPosition);
      expect(await store.positionAt(new Date(createdAt('A').getTime() - 1))).toBeNull();
      expect(await store.positionAt(createdAt('A'))).toBe(first.lastPosition);
      expect(await store.positionAt(new Date(createdAt('B').getTime() - 1))).toBe(first.lastPosition);
      expect(await store.positionAt(createdAt('B'))).toBe(second.lastPosition);
      expect(await storeOn(client, { startAfter: second.lastPosition }).headPosition()).toBeNull();
    });
  });

  describe.each(EVERY_START)('given subscriptions that start %s of the position', (subscribeToAll) => {
    it('when the server subscription fails and is reopened from the checkpoint, then every event after the first checkpoint comes once, in order', async () => {
      const client = new FakeEventStoreDbClient({ subscribeToAll });
      const opened: ReadPosition[] = [];
      const open = client.subscribeToAll.bind(client);
      client.subscribeToAll = (options) => {
        opened.push(options.fromPosition);
        return open(options);
      };
      const store = storeOn(client);
      const before = await store.append('academy-1', ['A1', 'A2', 'A3', 'A4', 'A5'].map((type) => newEvent(type)), { expectedVersion: 'no-stream' });
      client.writeSystemEvent();
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: before.firstPosition, batchSize: 2, onEvents: async (events) => void received.push(...events) });
      // Checkpoint at A1: A2 to A5 are caught up.
      await waitFor(() => received.length === 4);

      client.subscriptions[0]?.destroy(new UnavailableError(undefined, 'server restarting'));
      await waitFor(() => opened.length === 2);
      await store.append('academy-2', ['B1', 'B2', 'B3'].map((type) => newEvent(type)), { expectedVersion: 'no-stream' });
      await waitFor(() => received.length >= 7);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await subscription.stop();

      expect(received.map((e) => e.type)).toEqual(['A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3']);
      expect(opened[1]).toEqual(unpackPosition(received[3]?.position ?? 0n));
      expect(client.subscriptions).toEqual([]);
    });
  });
});
