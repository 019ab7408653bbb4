import { PostgresEventStore, type EventStore, type Position } from '@trust/event-store';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { applyProjectionBatch } from './apply-batch.js';
import { readCheckpoints, waitForCheckpoint, type WaitClock } from './checkpoints.js';
import { ProjectionRunner } from './projection-runner.js';
import type { Projection } from './projection.js';
import { createSeenEventsTable, newEvent, positions, RecordingProjection, seenPositions, TallyProjection } from './test-support/recording-projection.js';

describe('ProjectionRunner against PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runners: ProjectionRunner[];

  beforeEach(async () => {
    database = await createTestDatabase('til_runner');
    await createSeenEventsTable(database.pool);
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    runners = [];
  });

  afterEach(async () => {
    for (const runner of runners) await runner.stop();
    await store.close();
    await database.drop();
  });

  function runner(
    projections: Projection[],
    options: { store?: EventStore; batchSize?: number; log?: (message: string) => void; logError?: (message: string) => void } = {},
  ): ProjectionRunner {
    const created = new ProjectionRunner({
      store: options.store ?? store,
      pool: database.pool,
      projections,
      batchSize: options.batchSize ?? 100,
      ...(options.log === undefined ? {} : { log: options.log }),
      ...(options.logError === undefined ? {} : { logError: options.logError }),
    });
    runners.push(created);
    return created;
  }

  async function append(streamId: string, ...types: string[]): Promise<Position> {
    const result = await store.append(streamId, types.map((type) => newEvent(type)), { expectedVersion: 'any' });
    return result.lastPosition;
  }

  async function reaches(names: string[], position: Position): Promise<void> {
    expect(await waitForCheckpoint(database.pool, names, position, 10_000)).toBe(true);
  }

  it('catches up from the start of the log, then follows new events', async () => {
    await append('stream-a', 'A1', 'A2');
    await append('stream-b', 'B1');
    const projection = new RecordingProjection('recorder');
    await runner([projection], { batchSize: 2 }).start();

    await reaches(['recorder'], 3n);
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 3));

    const head = await append('stream-a', 'A3', 'A4');
    await reaches(['recorder'], head);
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 5));
    expect(runners[0]?.status()).toEqual([{ name: 'recorder', position: 5n, status: 'running', lastError: null, failedPosition: null }]);
    expect(await readCheckpoints(database.pool)).toEqual([
      expect.objectContaining({ name: 'recorder', position: 5n, status: 'running', failedPosition: null, lastError: null }),
    ]);
  });

  it('resumes after a restart from its checkpoint, applying nothing twice', async () => {
    await append('stream-a', 'A1', 'A2');
    const first = runner([new RecordingProjection('recorder')]);
    await first.start();
    await reaches(['recorder'], 2n);
    await first.stop();
    expect(await readCheckpoints(database.pool, ['recorder'])).toEqual([expect.objectContaining({ position: 2n, status: 'stopped' })]);

    const head = await append('stream-a', 'A3');
    const restarted = new RecordingProjection('recorder');
    await runner([restarted]).start();
    await reaches(['recorder'], head);

    expect(restarted.handed).toEqual([3n]);
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 3));
  });

  it('given a projection that throws mid-batch, then its checkpoint and rows are unchanged, it is failed at that event, the others carry on, and retry resumes without skipping', async () => {
    const sturdy = new RecordingProjection('sturdy');
    sturdy.poisoned = false;
    const fragile = new RecordingProjection('fragile');
    const projectionRunner = runner([sturdy, fragile]);
    await append('stream-a', 'A1', 'A2');
    await projectionRunner.start();
    await reaches(['sturdy', 'fragile'], 2n);

    // One append, so one batch: 3 is written by the projection before 4 throws.
    await append('stream-a', 'A3', 'Poison', 'A5');
    await waitUntil(() => projectionRunner.status().some((status) => status.name === 'fragile' && status.status === 'failed'), {
      message: 'fragile to fail',
    });

    expect(await readCheckpoints(database.pool, ['fragile'])).toEqual([
      expect.objectContaining({ position: 2n, status: 'failed', failedPosition: 4n, lastError: 'cannot apply Poison at 4' }),
    ]);
    expect(await seenPositions(database.pool, 'fragile')).toEqual(positions(1, 2));
    expect(projectionRunner.status().find((status) => status.name === 'fragile')).toEqual({
      name: 'fragile',
      position: 2n,
      status: 'failed',
      lastError: 'cannot apply Poison at 4',
      failedPosition: 4n,
    });

    // The healthy projection is not held back, before or after the failure.
    const head = await append('stream-b', 'B6');
    await reaches(['sturdy'], head);
    expect(await seenPositions(database.pool, 'sturdy')).toEqual(positions(1, 6));
    expect(await readCheckpoints(database.pool, ['fragile'])).toEqual([expect.objectContaining({ position: 2n, status: 'failed' })]);

    fragile.poisoned = false;
    fragile.handed.length = 0;
    await projectionRunner.retry('fragile');
    await reaches(['fragile'], head);

    expect(fragile.handed).toEqual(positions(3, 6));
    expect(await seenPositions(database.pool, 'fragile')).toEqual(positions(1, 6));
    expect(await readCheckpoints(database.pool, ['fragile'])).toEqual([
      expect.objectContaining({ position: 6n, status: 'running', failedPosition: null, lastError: null }),
    ]);
    expect(projectionRunner.status().map((status) => status.status)).toEqual(['running', 'running']);
  });

  it('reports a failed projection at error level, naming the projection, the event and the error', async () => {
    const infos: string[] = [];
    const errors: string[] = [];
    const fragile = new RecordingProjection('fragile');
    const projectionRunner = runner([fragile], { log: (message) => infos.push(message), logError: (message) => errors.push(message) });
    await append('stream-a', 'A1', 'Poison');
    await projectionRunner.start();
    await waitUntil(() => projectionRunner.status()[0]?.status === 'failed', { message: 'fragile to fail' });

    expect(errors).toEqual(['projection fragile failed at position 2: cannot apply Poison at 2']);
    expect(infos).not.toContain('projection fragile failed at position 2: cannot apply Poison at 2');
  });

  it('given a failed projection that is still broken, then retry fails again at the same event and moves nothing', async () => {
    const fragile = new RecordingProjection('fragile');
    const projectionRunner = runner([fragile]);
    await append('stream-a', 'A1', 'Poison');
    await projectionRunner.start();
    const failed = () => projectionRunner.status()[0]?.status === 'failed';
    await waitUntil(failed, { message: 'fragile to fail' });

    await projectionRunner.retry('fragile');
    await waitUntil(failed, { message: 'fragile to fail again' });

    expect(await readCheckpoints(database.pool, ['fragile'])).toEqual([expect.objectContaining({ position: 0n, status: 'failed', failedPosition: 2n })]);
    expect(await seenPositions(database.pool, 'fragile')).toEqual([]);
  });

  it('given every batch delivered twice, then each event is applied once', async () => {
    const twice: EventStore = {
      append: (streamId, events, options) => store.append(streamId, events, options),
      readStream: (streamId, options) => store.readStream(streamId, options),
      readAll: (options) => store.readAll(options),
      headPosition: () => store.headPosition(),
      readEventAt: (position) => store.readEventAt(position),
      positionAt: (time) => store.positionAt(time),
      positionsAreDense: store.positionsAreDense,
      close: () => store.close(),
      subscribeToAll: (options) =>
        store.subscribeToAll({
          ...options,
          onEvents: async (events) => {
            await options.onEvents(events);
            await options.onEvents(events);
          },
        }),
    };
    const projection = new RecordingProjection('recorder');
    await append('stream-a', 'A1', 'A2', 'A3');
    await runner([projection], { store: twice, batchSize: 2 }).start();
    const head = await append('stream-a', 'A4');

    await reaches(['recorder'], head);
    expect(projection.handed).toEqual(positions(1, 4));
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 4));
    expect(runners[0]?.status()[0]?.status).toBe('running');
  });

  it('given a batch that overlaps the checkpoint, then only the events beyond it are applied', async () => {
    await append('stream-a', 'A1', 'A2', 'A3');
    const events = [];
    for await (const event of store.readAll()) events.push(event);
    const projection = new RecordingProjection('recorder');

    expect(await applyProjectionBatch(database.pool, projection, events.slice(0, 2))).toEqual({ applied: 2, position: 2n });
    expect(await applyProjectionBatch(database.pool, projection, events.slice(0, 2))).toEqual({ applied: 0, position: 2n });
    expect(await applyProjectionBatch(database.pool, projection, events)).toEqual({ applied: 1, position: 3n });

    expect(projection.handed).toEqual(positions(1, 3));
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 3));
  });

  it('given two runners following the same projection, then each event is applied once', async () => {
    await append('stream-a', 'A1', 'A2', 'A3');
    await Promise.all([runner([new RecordingProjection('recorder')], { batchSize: 1 }).start(), runner([new RecordingProjection('recorder')], { batchSize: 2 }).start()]);
    const head = await append('stream-b', 'B4', 'B5');

    await reaches(['recorder'], head);
    expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 5));
    expect(runners.flatMap((each) => each.status().map((status) => status.status))).toEqual(['running', 'running']);
  });

  it('given two runners catching up on the same projection together over hundreds of events, then the read model is the one a single apply gives and the checkpoint is the head', async () => {
    await TallyProjection.createTable(database.pool, 'tally_shared');
    await TallyProjection.createTable(database.pool, 'tally_fresh');
    const appendRound = async (round: number, count: number): Promise<void> => {
      for (let i = 0; i < count; i += 5) {
        await store.append(`stream-${(round * 7 + i) % 12}`, Array.from({ length: 5 }, (_, k) => newEvent(`R${round}E${i + k}`)), { expectedVersion: 'any' });
      }
    };
    await appendRound(0, 300);
    const one = new TallyProjection('tally', 'tally_shared');
    const other = new TallyProjection('tally', 'tally_shared');

    // Different batch sizes, so the two runners' batches overlap rather than coincide.
    await Promise.all([runner([one], { batchSize: 7 }).start(), runner([other], { batchSize: 11 }).start()]);
    await appendRound(1, 100);
    const head = await store.headPosition();
    if (head === null) throw new Error('expected events');
    await reaches(['tally'], head);
    for (const each of runners) await each.stop();

    const all = [];
    for await (const event of store.readAll()) all.push(event);
    expect(all).toHaveLength(400);
    await applyProjectionBatch(database.pool, new TallyProjection('tally-fresh', 'tally_fresh'), all);

    expect(await TallyProjection.rows(database.pool, 'tally_shared')).toEqual(await TallyProjection.rows(database.pool, 'tally_fresh'));
    expect([...one.handed, ...other.handed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(all.map((event) => event.position));
    expect(await readCheckpoints(database.pool, ['tally'])).toEqual([expect.objectContaining({ position: head, status: 'stopped', failedPosition: null })]);
  });

  describe('waitForCheckpoint', () => {
    /** A clock that moves only when the wait sleeps, keeping each sleep: the wait's polls, without waiting for them. */
    function steppedClock(): WaitClock & { sleeps: number[]; elapsed: () => number } {
      let now = 0;
      const sleeps: number[] = [];
      return {
        sleeps,
        elapsed: () => now,
        now: () => now,
        sleep: (ms) => {
          sleeps.push(ms);
          now += ms;
          return Promise.resolve();
        },
      };
    }

    it('given every named checkpoint already there, then it answers true at its first look, without waiting', async () => {
      await append('stream-a', 'A1');
      await runner([new RecordingProjection('one'), new RecordingProjection('two')]).start();
      await reaches(['one', 'two'], 1n);

      const clock = steppedClock();
      expect(await waitForCheckpoint(database.pool, ['one', 'two'], 1n, 5_000, { clock })).toBe(true);
      expect(await waitForCheckpoint(database.pool, ['one'], 0n, 5_000, { clock })).toBe(true);
      expect(clock.sleeps).toEqual([]);
    });

    it('given the projection not there yet, then it resolves true once the projection reaches the position, long before its timeout', async () => {
      const head = await append('stream-a', 'A1', 'A2');
      // An hour, past the test's own timeout: answering at all means answering because the checkpoint got there.
      const waiting = waitForCheckpoint(database.pool, ['recorder'], head, 3_600_000);
      await runner([new RecordingProjection('recorder')]).start();

      expect(await waiting).toBe(true);
      expect(await seenPositions(database.pool, 'recorder')).toEqual(positions(1, 2));
    });

    it('given a checkpoint behind or unknown, then it looks again after each back-off until the timeout has passed, and only then answers false', async () => {
      await append('stream-a', 'A1');
      await runner([new RecordingProjection('recorder')]).start();
      await reaches(['recorder'], 1n);

      const behind = steppedClock();
      expect(await waitForCheckpoint(database.pool, ['recorder'], 2n, 150, { clock: behind })).toBe(false);
      // Looks at 0, 10, 30, 70 and 150 ms: the back-off doubles, no sleep goes past the deadline (the 50 ms wait's last is cut to 20), and the last look is at it.
      expect({ sleeps: behind.sleeps, elapsed: behind.elapsed() }).toEqual({ sleeps: [10, 20, 40, 80], elapsed: 150 });

      const unknown = steppedClock();
      expect(await waitForCheckpoint(database.pool, ['recorder', 'unknown'], 1n, 50, { clock: unknown })).toBe(false);
      expect({ sleeps: unknown.sleeps, elapsed: unknown.elapsed() }).toEqual({ sleeps: [10, 20, 20], elapsed: 50 });
    });
  });
});
