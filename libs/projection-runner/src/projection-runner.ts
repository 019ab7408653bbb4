import type pg from 'pg';
import { isConnectionFailure } from '@trust/database';
import type { EventStore, Position, RecordedEvent, Subscription } from '@trust/event-store';
import type { Projection } from './projection.js';
import { applyProjectionBatch, errorMessage, ProjectionBatchError } from './apply-batch.js';
import { ensureCheckpoints, markRunning, markStopped, readCheckpoints, recordFailure, type ProjectionState } from './checkpoints.js';

export interface ProjectionRunnerOptions {
  store: EventStore;
  pool: pg.Pool;
  projections: Projection[];
  /** Most events handed to a projection in one transaction. */
  batchSize?: number;
  log?: (message: string) => void;
  /** Where a projection's failure is reported, so monitors alerting on errors see it (default: `log`). */
  logError?: (message: string) => void;
}

export interface ProjectionStatus {
  name: string;
  /** Position of the last event applied (0: none yet). */
  position: Position;
  status: ProjectionState;
  lastError: string | null;
  failedPosition: Position | null;
}

interface Runner {
  projection: Projection;
  position: Position;
  status: ProjectionState;
  lastError: string | null;
  failedPosition: Position | null;
  subscription: Subscription | null;
  /** Set while `stop()` ends the subscription, so its ending is not taken for a failure. */
  stopping: boolean;
}

/**
 * Keeps projections up to date: one subscription per projection, from its own checkpoint, so a
 * projection that fails stops alone while the others carry on. Each batch is applied in one
 * transaction with the checkpoint (see applyProjectionBatch). A failed projection is never moved
 * past the event it failed on: it waits for `retry`, which resumes from its checkpoint.
 */
export class ProjectionRunner {
  private readonly store: EventStore;
  private readonly pool: pg.Pool;
  private readonly batchSize: number;
  private readonly log: (message: string) => void;
  private readonly logError: (message: string) => void;
  private readonly runners: Runner[];
  private started = false;

  constructor({ store, pool, projections, batchSize = 100, log = () => undefined, logError = log }: ProjectionRunnerOptions) {
    const names = projections.map((projection) => projection.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) throw new Error(`Projection ${duplicate} is registered twice`);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
    this.store = store;
    this.pool = pool;
    this.batchSize = batchSize;
    this.log = log;
    this.logError = logError;
    this.runners = projections.map((projection) => ({
      projection,
      position: 0n,
      status: 'stopped',
      lastError: null,
      failedPosition: null,
      subscription: null,
      stopping: false,
    }));
  }

  /**
   * Starts every projection from its checkpoint. A projection recorded as failed is started too:
   * a restart is how a fix is deployed, and one still broken fails again on the same event.
   */
  async start(): Promise<void> {
    if (this.started) throw new Error('ProjectionRunner already started');
    this.started = true;
    const names = this.runners.map((runner) => runner.projection.name);
    try {
      await ensureCheckpoints(this.pool, names);
      const checkpoints = new Map((await readCheckpoints(this.pool, names)).map((checkpoint) => [checkpoint.name, checkpoint]));
      await markRunning(this.pool, names);
      for (const runner of this.runners) {
        runner.position = checkpoints.get(runner.projection.name)?.position ?? 0n;
        this.follow(runner);
      }
    } catch (error: unknown) {
      this.started = false;
      throw error;
    }
  }

  /** Stops every projection once its batch in flight is committed; failed ones keep their failure on record. */
  async stop(): Promise<void> {
    this.started = false;
    const following = this.runners.filter((runner) => runner.subscription !== null);
    for (const runner of following) runner.stopping = true;
    await Promise.all(following.flatMap((runner) => (runner.subscription === null ? [] : [runner.subscription.stop()])));
    const stopped: string[] = [];
    for (const runner of following) {
      runner.subscription = null;
      if (runner.status === 'running') {
        runner.status = 'stopped';
        stopped.push(runner.projection.name);
      }
    }
    if (stopped.length > 0) await markStopped(this.pool, stopped);
  }

  /** Resumes a failed (or stopped) projection from its checkpoint; a running one is left alone. */
  async retry(name: string): Promise<void> {
    const runner = this.runners.find((candidate) => candidate.projection.name === name);
    if (runner === undefined) throw new Error(`Unknown projection ${name}`);
    if (runner.status === 'running') return;
    const previous = { status: runner.status, lastError: runner.lastError, failedPosition: runner.failedPosition };
    // Claimed before the first await, so two concurrent retries cannot both subscribe.
    runner.status = 'running';
    try {
      await runner.subscription?.stopped;
      runner.subscription = null;
      const [checkpoint] = await readCheckpoints(this.pool, [name]);
      await markRunning(this.pool, [name]);
      runner.position = checkpoint?.position ?? 0n;
    } catch (error: unknown) {
      Object.assign(runner, previous);
      throw error;
    }
    this.log(`projection ${name}: retrying from position ${runner.position}`);
    this.follow(runner);
  }

  status(): ProjectionStatus[] {
    return this.runners.map(({ projection, position, status, lastError, failedPosition }) => ({
      name: projection.name,
      position,
      status,
      lastError,
      failedPosition,
    }));
  }

  private follow(runner: Runner): void {
    runner.status = 'running';
    runner.lastError = null;
    runner.failedPosition = null;
    runner.stopping = false;
    const name = runner.projection.name;
    const subscription = this.store.subscribeToAll({
      after: runner.position === 0n ? null : runner.position,
      batchSize: this.batchSize,
      onEvents: (events) => this.handle(runner, events),
      onError: (error: unknown) => this.log(`projection ${name}: subscription stopped: ${errorMessage(error)}`),
    });
    runner.subscription = subscription;
    // The subscription may also end for a reason of the store's own (it could not read): a
    // projection still marked running must not look healthy while it follows nothing.
    void subscription.stopped.then(
      () => this.onSubscriptionEnded(runner, subscription, null),
      (error: unknown) => this.onSubscriptionEnded(runner, subscription, error),
    );
  }

  private async handle(runner: Runner, events: readonly RecordedEvent[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { position } = await applyProjectionBatch(this.pool, runner.projection, events);
        runner.position = position;
        return;
      } catch (error: unknown) {
        // The database going away (a restart, a failover) is no fault of the events: the batch rolled back,
        // so it is tried again, same events, once the server answers (seen in the PostgreSQL restart drill,
        // where failing the projection left it stopped for good, with `running` still on record).
        if (isConnectionFailure(error) && !runner.stopping) {
          if (attempt === 1) this.log(`projection ${runner.projection.name}: the database is unavailable (${errorMessage(error)}); retrying the batch`);
          await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2_000)));
          continue;
        }
        const failedPosition = error instanceof ProjectionBatchError ? error.failedPosition : (events[0]?.position ?? null);
        await this.fail(runner, failedPosition, error instanceof ProjectionBatchError ? error.cause : error);
        // Rethrown so the subscription stops here rather than moving past the event.
        throw error;
      }
    }
  }

  private async onSubscriptionEnded(runner: Runner, subscription: Subscription, error: unknown): Promise<void> {
    if (runner.subscription !== subscription || runner.status !== 'running' || runner.stopping) return;
    await this.fail(runner, null, error ?? new Error('subscription ended unexpectedly'));
  }

  private async fail(runner: Runner, failedPosition: Position | null, cause: unknown): Promise<void> {
    const name = runner.projection.name;
    const message = errorMessage(cause);
    this.logError(`projection ${name} failed${failedPosition === null ? '' : ` at position ${failedPosition}`}: ${message}`);
    try {
      await recordFailure(this.pool, name, failedPosition, message);
    } catch (recordError: unknown) {
      this.logError(`projection ${name}: could not record its failure: ${errorMessage(recordError)}`);
    }
    // Set once the failure is on record, so whoever sees `failed` here finds it in the table too.
    runner.status = 'failed';
    runner.failedPosition = failedPosition;
    runner.lastError = message;
  }
}
