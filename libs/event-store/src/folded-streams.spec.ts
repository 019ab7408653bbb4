import { FoldedStreams, type FoldedStream } from './folded-streams.js';

const fold = (version: number): FoldedStream<{ total: number }> => ({ state: { total: version + 1 }, version, lastPosition: BigInt(version + 1), keyed: new Map() });

describe('FoldedStreams: the folds commands were decided on lately', () => {
  const decider = {};
  const another = {};

  it('keeps a fold per decider and stream', () => {
    const folds = new FoldedStreams();
    folds.keep(decider, 's-1', fold(3));
    expect(folds.get(decider, 's-1')).toEqual(fold(3));
    expect(folds.get(another, 's-1')).toBeNull();
    expect(folds.get(decider, 's-2')).toBeNull();
  });

  it('keeps the fold further along when two commands on one stream keep theirs out of order', () => {
    const folds = new FoldedStreams();
    folds.keep(decider, 's-1', fold(5));
    folds.keep(decider, 's-1', fold(4));
    expect(folds.get(decider, 's-1')?.version).toBe(5);
    folds.keep(decider, 's-1', fold(6));
    expect(folds.get(decider, 's-1')?.version).toBe(6);
  });

  it('forgets a fold once it is older than it may be reused', () => {
    let now = 1_000;
    const folds = new FoldedStreams({ reuseForMs: 30_000, now: () => now });
    folds.keep(decider, 's-1', fold(1));
    now = 30_999;
    expect(folds.get(decider, 's-1')).not.toBeNull();
    now = 31_000;
    expect(folds.get(decider, 's-1')).toBeNull();
    expect(folds.size).toBe(0);
  });

  it('keeps at most maxStreams folds, dropping the least recently kept', () => {
    const folds = new FoldedStreams({ maxStreams: 2 });
    folds.keep(decider, 's-1', fold(1));
    folds.keep(decider, 's-2', fold(1));
    folds.keep(decider, 's-1', fold(2));
    folds.keep(another, 's-3', fold(1));
    expect(folds.size).toBe(2);
    expect(folds.get(decider, 's-2')).toBeNull();
    expect(folds.get(decider, 's-1')?.version).toBe(2);
    expect(folds.get(another, 's-3')).not.toBeNull();
  });
});
