import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { randomUUID } from 'node:crypto';
import type { EventMetadata } from './event-store.js';
import { KeyUsedByAnotherCommandError } from './errors.js';
import { FoldedStreams } from './folded-streams.js';
import { handleCommand, type CommandDecider, type EventCodec } from './handle-command.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';

// A tally: `Add` (or `TopUp`) appends Added unless it would pass the limit; `Add 0` changes nothing.
type Command = { type: 'Add' | 'TopUp'; amount: number };
type Event = { type: 'Added'; data: { amount: number } };
type State = { total: number; positions: string[] };

const tally: CommandDecider<Command, Event, State, { limit: number }> = {
  initialState: () => ({ total: 0, positions: [] }),
  evolve: (state, event, position) => ({ total: state.total + event.data.amount, positions: [...state.positions, position] }),
  decide: (command, state, { limit }) => {
    if (state.total + command.amount > limit) throw new Error(`over the limit at ${state.total}, positions ${state.positions.join(',')}`);
    return command.amount === 0 ? [] : [{ type: 'Added', data: { amount: command.amount } }];
  },
};
const codec: EventCodec<Event> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data }),
  decode: (recorded) => ({ type: 'Added', data: { amount: Number(recorded.data['amount']) } }),
};
const metadata = (idempotencyKey: string | null = null, userId = 'user-1'): EventMetadata => ({
  actor: { userId, role: 'trust-admin' },
  correlationId: 'correlation',
  causationId: 'causation',
  idempotencyKey,
});

// Every behaviour holds whether the stream is folded from its start each time or from the fold an earlier command kept.
describe.each([
  ['folded from the start', false],
  ['from the fold an earlier command kept', true],
])('handleCommand: read, fold, decide, append with the expected version (%s)', (_folding, keepsFolds) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let folded: FoldedStreams | undefined;

  beforeEach(async () => {
    database = await createTestDatabase('til_handle');
    store = new PostgresEventStore(database.pool);
    folded = keepsFolds ? new FoldedStreams() : undefined;
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  const run = (command: Command, options: { key?: string | null; userId?: string; limit?: number } = {}) =>
    handleCommand({
      store,
      streamId: 'tally-1',
      decider: tally,
      codec,
      command,
      context: () => ({ limit: options.limit ?? 100 }),
      metadata: metadata(options.key ?? null, options.userId),
      ...(folded === undefined ? {} : { folded }),
    });

  it('appends the decided events and answers where they landed', async () => {
    const first = await run({ type: 'Add', amount: 5 });
    const second = await run({ type: 'Add', amount: 7 });
    expect(first).toMatchObject({ streamId: 'tally-1', streamVersion: 0, position: 1n, replayed: false });
    expect(second).toMatchObject({ streamVersion: 1, position: 2n, events: [{ type: 'Added', data: { amount: 7 } }] });
  });

  it('folds each event with its global position', async () => {
    await run({ type: 'Add', amount: 60 });
    await run({ type: 'Add', amount: 30 });
    await expect(run({ type: 'Add', amount: 20 })).rejects.toThrow('over the limit at 90, positions 1,2');
  });

  it('answers a command that changes nothing without appending', async () => {
    await run({ type: 'Add', amount: 5 });
    const noOp = await run({ type: 'Add', amount: 0 });
    expect(noOp).toMatchObject({ events: [], streamVersion: 0, position: 1n, replayed: false });
    expect(await store.headPosition()).toBe(1n);
  });

  it('given the key of a command already on the stream, replays its events and appends nothing', async () => {
    await run({ type: 'Add', amount: 5 }, { key: 'key-1' });
    await run({ type: 'Add', amount: 1 });
    const retried = await run({ type: 'Add', amount: 5 }, { key: 'key-1' });
    expect(retried).toMatchObject({ replayed: true, position: 1n, events: [{ type: 'Added', data: { amount: 5 } }] });
    expect(await store.headPosition()).toBe(2n);

    const otherUser = await run({ type: 'Add', amount: 5 }, { key: 'key-1', userId: 'user-2' });
    expect(otherUser.replayed).toBe(false);
  });

  it("records the command's type in the metadata of the events it decides", async () => {
    await run({ type: 'TopUp', amount: 5 }, { key: 'key-typed' });
    const [event] = await collect(store.readStream('tally-1'));
    expect(event?.metadata).toEqual({ ...metadata('key-typed'), commandType: 'TopUp' });
  });

  it('given a key another command used on the stream, refuses it and appends nothing', async () => {
    await run({ type: 'Add', amount: 5 }, { key: 'key-shared' });
    const reused = run({ type: 'TopUp', amount: 5 }, { key: 'key-shared' });
    await expect(reused).rejects.toThrow(KeyUsedByAnotherCommandError);
    await expect(reused).rejects.toMatchObject({ streamId: 'tally-1', earlierCommandType: 'Add', commandType: 'TopUp' });
    expect(await store.headPosition()).toBe(1n);
  });

  it('given a key on events recorded before commands were named, replays them as the same command', async () => {
    await store.append('tally-1', [{ eventId: randomUUID(), type: 'Added', schemaVersion: 1, data: { amount: 5 }, metadata: metadata('key-old') }], { expectedVersion: 'no-stream' });
    const retried = await run({ type: 'TopUp', amount: 5 }, { key: 'key-old' });
    expect(retried).toMatchObject({ replayed: true, position: 1n });
    expect(await store.headPosition()).toBe(1n);
  });

  it('given concurrent commands on one stream, retries after a version conflict and applies each exactly once', async () => {
    const results = await Promise.all(Array.from({ length: 3 }, () => run({ type: 'Add', amount: 10 })));
    expect(results.map((result) => result.streamVersion).sort()).toEqual([0, 1, 2]);
    await expect(run({ type: 'Add', amount: 71 })).rejects.toThrow('over the limit at 30');
  });

  it('decides on what another writer appended since the last command, and replays a key it stored', async () => {
    await run({ type: 'Add', amount: 10 });
    await store.append('tally-1', [{ eventId: randomUUID(), type: 'Added', schemaVersion: 1, data: { amount: 50 }, metadata: { ...metadata('key-elsewhere'), commandType: 'Add' } }], { expectedVersion: 0 });
    await expect(run({ type: 'Add', amount: 41 })).rejects.toThrow('over the limit at 60, positions 1,2');
    expect(await run({ type: 'Add', amount: 50 }, { key: 'key-elsewhere' })).toMatchObject({ replayed: true, position: 2n, events: [{ type: 'Added', data: { amount: 50 } }] });
  });
});

describe('handleCommand with kept folds: reads only what was appended since', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let read: number;
  let now: number;
  let folded: FoldedStreams;

  beforeEach(async () => {
    database = await createTestDatabase('til_handle_folds');
    const postgres = new PostgresEventStore(database.pool);
    read = 0;
    now = 0;
    folded = new FoldedStreams({ reuseForMs: 30_000, now: () => now });
    // The real store, counting the events each read hands back.
    store = Object.assign(Object.create(postgres) as PostgresEventStore, {
      async *readStream(...args: Parameters<PostgresEventStore['readStream']>) {
        for await (const recorded of postgres.readStream(...args)) {
          read += 1;
          yield recorded;
        }
      },
    });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  const run = (command: Command, key: string | null = null) =>
    handleCommand({ store, streamId: 'tally-1', decider: tally, codec, command, context: () => ({ limit: 1_000 }), metadata: metadata(key), folded });

  it('folds the whole stream once, then only the events after the kept fold', async () => {
    for (let n = 0; n < 10; n += 1) await run({ type: 'Add', amount: 1 });
    // 0 + 1 + 1 + …: each command reads the one event the one before it appended.
    expect(read).toBe(9);
    read = 0;
    await run({ type: 'Add', amount: 1 });
    expect(read).toBe(1);
    expect(folded.get(tally, 'tally-1')).toMatchObject({ version: 9, state: { total: 10 } });
  });

  it('folds from the start again once a fold is older than it may be reused', async () => {
    for (let n = 0; n < 5; n += 1) await run({ type: 'Add', amount: 1 });
    read = 0;
    now = 30_000;
    await run({ type: 'Add', amount: 1 });
    expect(read).toBe(5);
  });

  it('replays a key from a kept fold, reading again only the events it stored', async () => {
    await run({ type: 'Add', amount: 5 }, 'key-1');
    for (let n = 0; n < 5; n += 1) await run({ type: 'Add', amount: 1 });
    read = 0;
    expect(await run({ type: 'Add', amount: 5 }, 'key-1')).toMatchObject({ replayed: true, position: 1n, events: [{ type: 'Added', data: { amount: 5 } }] });
    // The event the command before appended (the tail), then the replayed command's own.
    expect(read).toBe(2);
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
