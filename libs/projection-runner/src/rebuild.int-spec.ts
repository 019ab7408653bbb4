import { PostgresEventStore, type Position, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import type pg from 'pg';
import { applyProjectionBatch } from './apply-batch.js';
import { readCheckpoints, waitForCheckpoint } from './checkpoints.js';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection, rebuildProjections, RebuildInProgressError, type RebuildProgress } from './rebuild.js';
import { inProcessRebuildLock } from './rebuild-lock.js';
import { createPool } from '@trust/database';
import { createSeenEventsTable, newEvent, RecordingProjection, seenPositions, TallyProjection } from './test-support/recording-projection.js';

/** A TallyProjection that throws on one chosen event: a rebuild with a bug in it. */
class BrokenTallyProjection extends TallyProjection {
  constructor(
    name: string,
    table: string,
    private readonly brokenAt: Position,
  ) {
    super(name, table);
  }

  override async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    if (events.some((event) => event.position === this.brokenAt)) throw new Error(`cannot apply ${this.brokenAt}`);
    await super.apply(client, events);
  }
}

/** A rebuild's progress callback that holds the rebuild at its first report until released. */
function heldAtFirstProgress(): { first: Promise<void>; release: () => void; onProgress: () => Promise<void> } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    started = resolve;
  });
  return {
    first,
    release: () => release(),
    onProgress: async () => {
      started();
      await gate;
    },
  };
}

describe('rebuildProjection against PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner | null;

  beforeEach(async () => {
    database = await createTestDatabase('til_rebuild');
    await TallyProjection.createTable(database.pool, 'tally');
    await TallyProjection.createTable(database.pool, 'tally_fresh');
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    runner = null;
  });

  afterEach(async () => {
    await runner?.stop();
    await store.close();
    await database.drop();
  });

  async function appendMany(count: number, streams = 40): Promise<Position> {
    let last: Position = 0n;
    for (let start = 0; start < count; start += 100) {
      const events = Array.from({ length: Math.min(100, count - start) }, () => newEvent('Counted'));
      last = (await store.append(`stream-${(start / 100) % streams}`, events, { expectedVersion: 'any' })).lastPosition;
    }
    return last;
  }

  /** The same projection folded from scratch into another table, up to `to`. */
  async function buildFresh(to: Position): Promise<void> {
    const fresh = new TallyProjection('tally-fresh', 'tally_fresh');
    let batch: RecordedEvent[] = [];
    for await (const event of store.readAll({ to, batchSize: 500 })) {
      batch.push(event);
      if (batch.length === 500) {
        await applyProjectionBatch(database.pool, fresh, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await applyProjectionBatch(database.pool, fresh, batch);
  }

  it('rebuilds into shadow tables while the live runner follows new appends, then swaps in the same rows', async () => {
    await appendMany(3000);
    runner = new ProjectionRunner({ store, pool: database.pool, projections: [new TallyProjection('tally', 'tally')], batchSize: 50 });
    await runner.start();

    const progress: RebuildProgress[] = [];
    const appending = appendMany(600);
    const result = await rebuildProjection({
      store,
      pool: database.pool,
      projection: new TallyProjection('tally', 'tally'),
      batchSize: 200,
      onProgress: (reported) => {
        progress.push(reported);
      },
    });
    const head = await appending;
    expect(result.position).toBeGreaterThanOrEqual(3000n);
    expect(progress.at(-1)?.percent).toBe(100);
    expect(progress.length).toBeGreaterThan(10);
    expect(await waitForCheckpoint(database.pool, ['tally'], head, 10_000)).toBe(true);

    await buildFresh(head);
    expect(await TallyProjection.rows(database.pool, 'tally')).toEqual(await TallyProjection.rows(database.pool, 'tally_fresh'));
    const { rows } = await database.pool.query<{ schema: string }>(
      `SELECT nspname AS schema FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%' OR nspname LIKE 'retired\\_%'`,
    );
    expect(rows).toEqual([]);
  });

  it('leaves the live tables and checkpoint untouched when the rebuild fails on an event', async () => {
    const head = await appendMany(1000);
    runner = new ProjectionRunner({ store, pool: database.pool, projections: [new TallyProjection('tally', 'tally')], batchSize: 100 });
    await runner.start();
    expect(await waitForCheckpoint(database.pool, ['tally'], head, 10_000)).toBe(true);
    await runner.stop();
    runner = null;
    const rowsBefore = await TallyProjection.rows(database.pool, 'tally');
    const [checkpointBefore] = await readCheckpoints(database.pool, ['tally']);

    await expect(
      rebuildProjection({ store, pool: database.pool, projection: new BrokenTallyProjection('tally', 'tally', 700n), batchSize: 100 }),
    ).rejects.toThrow(/live tables untouched.*cannot apply 700/);

    expect(await TallyProjection.rows(database.pool, 'tally')).toEqual(rowsBefore);
    expect(await readCheckpoints(database.pool, ['tally'])).toEqual([checkpointBefore]);
    const { rows } = await database.pool.query<{ schema: string }>(`SELECT nspname AS schema FROM pg_namespace WHERE nspname = 'rebuild_tally'`);
    expect(rows).toEqual([]);
  });

  it('reads only the event types a projection declares, and swaps in at the head even when the last event is of another type', async () => {
    await createSeenEventsTable(database.pool);
    const counted: Position[] = [];
    for (let i = 0; i < 30; i++) {
      const result = await store.append(`stream-${i % 7}`, [newEvent('Counted'), newEvent('Ignored'), newEvent('Ignored')], { expectedVersion: 'any' });
      counted.push(result.firstPosition);
    }
    const head = (await store.headPosition()) ?? 0n;
    const projection = Object.assign(new RecordingProjection('recording'), { poisoned: false, eventTypes: ['Counted'] });

    const result = await rebuildProjection({ store, pool: database.pool, projection, batchSize: 7 });

    expect(projection.handed).toEqual(counted);
    expect(result).toEqual({ projection: 'recording', position: head, events: counted.length });
    expect((await seenPositions(database.pool, 'recording')).sort((a, b) => (a < b ? -1 : 1))).toEqual(counted);
    expect((await readCheckpoints(database.pool, ['recording']))[0]?.position).toBe(head);
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    await appendMany(2000);
    const { first, release, onProgress } = heldAtFirstProgress();
    const running = rebuildProjection({
      store,
      pool: database.pool,
      projection: new TallyProjection('tally', 'tally'),
      batchSize: 100,
      onProgress,
    });
    await first;
    await expect(rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally', 'tally') })).rejects.toBeInstanceOf(
      RebuildInProgressError,
    );
    release();
    await expect(running).resolves.toEqual(expect.objectContaining({ projection: 'tally', position: 2000n, events: 2000 }));
  });

  it('completes on a pool of one connection, as on the embedded database, while other queries keep answering between its batches', async () => {
    const single = createPool({ url: database.url, max: 1 });
    const singleStore = new PostgresEventStore(single, { pollIntervalMs: 20 });
    try {
      const head = await appendMany(2000);
      runner = new ProjectionRunner({ store: singleStore, pool: single, projections: [new TallyProjection('tally', 'tally')], batchSize: 100 });
      await runner.start();
      expect(await waitForCheckpoint(single, ['tally'], head, 10_000)).toBe(true);

      let finished = false;
      let answered = 0;
      const rebuilding = rebuildProjection({ store: singleStore, pool: single, projection: new TallyProjection('tally', 'tally'), batchSize: 100, lock: inProcessRebuildLock() }).finally(() => {
        finished = true;
      });
      const reading = (async () => {
        while (!finished) {
          await single.query('SELECT count(*) FROM tally');
          answered += 1;
        }
      })();
      await expect(rebuilding).resolves.toEqual(expect.objectContaining({ projection: 'tally', position: head, events: 2000 }));
      await reading;
      expect(answered).toBeGreaterThan(1);

      await buildFresh(head);
      expect(await TallyProjection.rows(database.pool, 'tally')).toEqual(await TallyProjection.rows(database.pool, 'tally_fresh'));
    } finally {
      await runner?.stop();
      runner = null;
      await singleStore.close();
      await single.end();
    }
  });

  it('with the in-process lock, refuses a second rebuild of the same projection while one runs, and allows one of another', async () => {
    await appendMany(500);
    const lock = inProcessRebuildLock();
    const { first, release, onProgress } = heldAtFirstProgress();
    const running = rebuildProjection({
      store,
      pool: database.pool,
      projection: new TallyProjection('tally', 'tally'),
      batchSize: 100,
      lock,
      onProgress,
    });
    await first;
    await expect(rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally', 'tally'), lock })).rejects.toBeInstanceOf(RebuildInProgressError);
    await expect(rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally-fresh', 'tally_fresh'), lock })).resolves.toEqual(
      expect.objectContaining({ projection: 'tally-fresh', position: 500n }),
    );
    release();
    await expect(running).resolves.toEqual(expect.objectContaining({ projection: 'tally', position: 500n, events: 500 }));
    await expect(rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally', 'tally'), lock })).resolves.toEqual(
      expect.objectContaining({ position: 500n }),
    );
  });

  it('when the live read model has moved past the rebuilt one at the swap, catches up again and swaps in without skipping or repeating an event', async () => {
    const firstHead = await appendMany(1000);
    runner = new ProjectionRunner({ store, pool: database.pool, projections: [new TallyProjection('tally', 'tally')], batchSize: 10 });
    await runner.start();
    expect(await waitForCheckpoint(database.pool, ['tally'], firstHead, 10_000)).toBe(true);

    let movedAhead: Position | null = null;
    const result = await rebuildProjection({
      store,
      pool: database.pool,
      projection: new TallyProjection('tally', 'tally'),
      batchSize: 200,
      onProgress: async ({ position }) => {
        // Once the first pass has reached the head: a few more events (fewer than a batch, so the rebuild
        // goes on to swap), applied by the live runner before the swap looks at its checkpoint.
        if (movedAhead !== null || position < firstHead) return;
        movedAhead = await appendMany(30);
        expect(await waitForCheckpoint(database.pool, ['tally'], movedAhead, 10_000)).toBe(true);
      },
    });

    expect(movedAhead).not.toBeNull();
    expect(result.position).toBeGreaterThanOrEqual(movedAhead ?? 0n);
    const head = (await store.headPosition()) ?? 0n;
    expect(await waitForCheckpoint(database.pool, ['tally'], head, 10_000)).toBe(true);
    await buildFresh(head);
    expect(await TallyProjection.rows(database.pool, 'tally')).toEqual(await TallyProjection.rows(database.pool, 'tally_fresh'));
  });

  describe('several read models in one pass', () => {
    it('reads the log once for them all, each given only its event types, and swaps each in with the rows a fold from scratch makes', async () => {
      await createSeenEventsTable(database.pool);
      await TallyProjection.createTable(database.pool, 'tally_other');
      await appendMany(1500);
      const counted: Position[] = [];
      for (let i = 0; i < 20; i++) counted.push((await store.append(`stream-${i % 7}`, [newEvent('Counted'), newEvent('Ignored')], { expectedVersion: 'any' })).firstPosition);
      const head = (await store.headPosition()) ?? 0n;
      let read = 0;
      const counting = Object.assign(Object.create(store) as PostgresEventStore, {
        async *readAll(...args: Parameters<PostgresEventStore['readAll']>) {
          for await (const event of store.readAll(...args)) {
            read += 1;
            yield event;
          }
        },
      });
      const recording = Object.assign(new RecordingProjection('recording'), { poisoned: false, eventTypes: ['Counted'] });
      const progress: RebuildProgress[] = [];

      const results = await rebuildProjections({
        store: counting,
        pool: database.pool,
        projections: [new TallyProjection('tally', 'tally'), new TallyProjection('tally-other', 'tally_other'), recording],
        batchSize: 250,
        onProgress: (reported) => {
          progress.push(reported);
        },
      });

      // One of them uses every type, so every event is read, once.
      expect(read).toBe(Number(head));
      expect(results).toEqual(['tally', 'tally-other', 'recording'].map((projection) => ({ projection, position: head, events: Number(head) })));
      expect(progress.at(-1)).toMatchObject({ percent: 100, done: Number(head) });
      expect(recording.handed.filter((position) => position > 1500n)).toEqual(counted);
      await buildFresh(head);
      const fresh = await TallyProjection.rows(database.pool, 'tally_fresh');
      expect(await TallyProjection.rows(database.pool, 'tally')).toEqual(fresh);
      expect(await TallyProjection.rows(database.pool, 'tally_other')).toEqual(fresh);
      expect((await readCheckpoints(database.pool, ['recording', 'tally', 'tally-other'])).map((checkpoint) => checkpoint.position)).toEqual([head, head, head]);
      const { rows } = await database.pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%' OR nspname LIKE 'retired\\_%'`);
      expect(rows).toEqual([]);
    });

    it('is refused whole, holding no lock, while a rebuild of one of them runs', async () => {
      await appendMany(500);
      await TallyProjection.createTable(database.pool, 'tally_other');
      const { first, release, onProgress } = heldAtFirstProgress();
      const running = rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally', 'tally'), batchSize: 100, onProgress });
      await first;
      await expect(
        rebuildProjections({ store, pool: database.pool, projections: [new TallyProjection('tally-other', 'tally_other'), new TallyProjection('tally', 'tally')] }),
      ).rejects.toBeInstanceOf(RebuildInProgressError);
      // The pass let go of the lock it had taken on the other read model.
      await expect(rebuildProjection({ store, pool: database.pool, projection: new TallyProjection('tally-other', 'tally_other') })).resolves.toEqual(expect.objectContaining({ position: 500n }));
      release();
      await expect(running).resolves.toEqual(expect.objectContaining({ projection: 'tally', position: 500n }));
    });

    it('leaves every live table and checkpoint untouched when one read model fails on an event', async () => {
      await TallyProjection.createTable(database.pool, 'tally_other');
      await appendMany(800);
      await expect(
        rebuildProjections({ store, pool: database.pool, projections: [new TallyProjection('tally-other', 'tally_other'), new BrokenTallyProjection('tally', 'tally', 300n)], batchSize: 100 }),
      ).rejects.toThrow(/tally-other, tally failed \(live tables untouched\).*cannot apply 300/);
      expect(await TallyProjection.rows(database.pool, 'tally_other')).toEqual([]);
      expect(await readCheckpoints(database.pool, ['tally', 'tally-other'])).toEqual([]);
      const { rows } = await database.pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'`);
      expect(rows).toEqual([]);
    });
  });
});
