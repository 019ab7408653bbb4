import type { Position, ReadAllOptions, RecordedEvent } from '@trust/event-store';
import { projectionLags, type LagSource } from './projection-lag.js';

/** The reads projectionLags makes, over a fixed log; it counts the lookups of single events. */
class LogStore implements LagSource {
  lookups: Position[] = [];

  constructor(
    readonly positionsAreDense: boolean,
    private readonly log: readonly RecordedEvent[],
  ) {}

  async headPosition(): Promise<Position | null> {
    return this.log.at(-1)?.position ?? null;
  }

  async readEventAt(position: Position): Promise<RecordedEvent | null> {
    this.lookups.push(position);
    return this.log.find((event) => event.position === position) ?? null;
  }

  async *readAll({ after = null }: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for (const event of this.log) if (after === null || event.position > after) yield event;
  }
}

function event(position: Position, recordedAt: string): RecordedEvent {
  return {
    eventId: `event-${position}`,
    type: 'SomethingHappened',
    schemaVersion: 1,
    data: {},
    metadata: { actor: { userId: 'u', role: 'r' }, correlationId: 'c', causationId: 'c', idempotencyKey: null },
    streamId: 's',
    streamVersion: 0,
    position,
    recordedAt: new Date(recordedAt),
  };
}

const lags = projectionLags;

describe('projectionLags', () => {
  const dense = [event(1n, '2025-01-01T09:00:00.000Z'), event(2n, '2025-01-01T09:00:02.500Z'), event(3n, '2025-01-01T09:01:00.000Z')];
  // EventStoreDB-like: positions are offsets (commit << 64 | prepare), far apart.
  const sparse = dense.map((each, i) => ({ ...each, position: (BigInt(1_000 * (i + 1)) << 64n) | BigInt(1_000 * (i + 1)) }));

  it('given dense positions, gives the lag in events and in seconds from the event at the checkpoint to the head', async () => {
    expect(await lags(new LogStore(true, dense), [3n, 2n, 1n, 0n])).toEqual([
      { behind: '0', lagSeconds: 0 },
      { behind: '1', lagSeconds: 57.5 },
      { behind: '2', lagSeconds: 60 },
      { behind: '3', lagSeconds: 60 },
    ]);
  });

  it('given positions that are offsets, gives the lag in seconds only', async () => {
    const [first, second, third] = sparse.map((each) => each.position) as [Position, Position, Position];
    expect(await lags(new LogStore(false, sparse), [third, second, first, 0n])).toEqual([
      { behind: null, lagSeconds: 0 },
      { behind: null, lagSeconds: 57.5 },
      { behind: null, lagSeconds: 60 },
      { behind: null, lagSeconds: 60 },
    ]);
  });

  it('given an empty store, every projection is caught up', async () => {
    expect(await lags(new LogStore(true, []), [0n])).toEqual([{ behind: '0', lagSeconds: 0 }]);
    expect(await lags(new LogStore(false, []), [0n, 5n])).toEqual([
      { behind: null, lagSeconds: 0 },
      { behind: null, lagSeconds: 0 },
    ]);
  });

  it('given a checkpoint that is no event of the store (written against another store), gives no lag in seconds', async () => {
    const [, second] = sparse;
    const store = new LogStore(false, sparse);
    expect(await lags(store, [(second?.position ?? 0n) - 1n])).toEqual([{ behind: null, lagSeconds: null }]);
  });

  it('looks each position up once, however many projections share it', async () => {
    const store = new LogStore(true, dense);
    await lags(store, [1n, 1n, 2n, 1n, 2n]);
    expect([...store.lookups].sort()).toEqual([1n, 2n, 3n]);
  });
});
