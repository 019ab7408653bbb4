import type { Position, StreamVersion } from './event-store.js';

/**
 * What a command stored under an actor's idempotency key on a stream: its events' versions (not the events:
 * a kept fold stays small; a replay reads them again), the last one's position, and the command.
 */
export interface KeyedCommand {
  versions: readonly StreamVersion[];
  position: Position;
  commandType: string | undefined;
}

/** A stream folded by one decider up to `version`, with the idempotency keys its events carry. */
export interface FoldedStream<State> {
  state: State;
  /** Version of the last event folded (-1: none). */
  version: StreamVersion;
  lastPosition: Position | null;
  /** By `keyOf(actor, key)`; never changed once kept (a fold that adds keys copies it). */
  keyed: ReadonlyMap<string, KeyedCommand>;
}

interface Kept {
  folded: FoldedStream<unknown>;
  keptAt: number;
}

export interface FoldedStreamsOptions {
  /** Streams kept at most, the least recently kept dropped first. */
  maxStreams?: number;
  /** How long a fold is reused: bounds how long text opened from the store stays in memory after its key was destroyed. */
  reuseForMs?: number;
  /** Milliseconds now; injected so tests set the time. */
  now?: () => number;
}

/**
 * The folds of the streams commands were decided on lately, so the next command on a stream reads and folds
 * only the events appended since, not the whole stream (an academy's stream is thousands of events: folding
 * it every command was most of a command's cost). Only a cache: the tail is always read before deciding and
 * the append still checks the expected version, so a fold kept here is never decided on out of date. Folds
 * are kept per decider (two deciders fold one stream differently), and must be pure: kept states are shared.
 */
export class FoldedStreams {
  /** By decider and stream, in the order kept (a Map keeps insertion order: the first is the least recent). */
  private readonly kept = new Map<string, Kept>();
  private readonly maxStreams: number;
  private readonly reuseForMs: number;
  private readonly now: () => number;

  constructor(options: FoldedStreamsOptions = {}) {
    this.maxStreams = options.maxStreams ?? 2_000;
    this.reuseForMs = options.reuseForMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The fold kept of the stream by this decider, when one was kept in the last `reuseForMs`. */
  get<State>(decider: object, streamId: string): FoldedStream<State> | null {
    const key = keptKey(decider, streamId);
    const kept = this.kept.get(key);
    if (kept === undefined) return null;
    if (this.now() - kept.keptAt >= this.reuseForMs) {
      this.kept.delete(key);
      return null;
    }
    return kept.folded as FoldedStream<State>;
  }

  /** Keeps a fold, unless one further along the stream is already kept (two commands on one stream at once). */
  keep<State>(decider: object, streamId: string, folded: FoldedStream<State>): void {
    const key = keptKey(decider, streamId);
    const earlier = this.kept.get(key);
    if (earlier !== undefined && earlier.folded.version > folded.version) return;
    this.kept.delete(key);
    this.kept.set(key, { folded: folded, keptAt: this.now() });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.maxStreams) break;
      this.kept.delete(oldest);
    }
  }

  /** How many folds are kept. */
  get size(): number {
    return this.kept.size;
  }
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A decider's fold of a stream, as a key: each decider object gets a number. */
function keptKey(decider: object, streamId: string): string {
  let identity = identities.get(decider);
  if (identity === undefined) {
    identity = nextIdentity++;
    identities.set(decider, identity);
  }
  return `${identity}\u0000${streamId}`;
}

/** The key of an actor's idempotency key in `FoldedStream.keyed`: a key is the actor's own. */
export function keyOf(userId: string, idempotencyKey: string): string {
  return `${userId}\u0000${idempotencyKey}`;
}

