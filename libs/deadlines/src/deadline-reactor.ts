import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { EventStore, Position, RecordedEvent, Subscription } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { DEADLINE_CHECK_JOB, type Deadline } from './deadline.js';
import { DEADLINE_EVENT_TYPES, deadlineChangesOf } from './deadline-changes.js';
import { applyDeadlineChanges, listPendingDeadlines } from './pending-deadlines.js';
import { readReactorCheckpoint, lockReactorCheckpoint, saveReactorCheckpoint } from './reactor-checkpoint.js';
import { scheduleDeadline } from './schedule-deadline.js';

export const DEADLINE_REACTOR = 'deadline-reactor';

export interface DeadlineReactorOptions {
  store: EventStore;
  pool: pg.Pool;
  jobs: JobQueue;
  /** The job name checks are scheduled under (default `deadline-check`; a test uses its own). */
  jobName?: string;
  /** The reactor's checkpoint name (default `deadline-reactor`). */
  name?: string;
  batchSize?: number;
  /**
   * How often every pending deadline is scheduled again while running (default 10 minutes; 0: only at
   * start), so jobs Redis lost while this process kept running come back without a restart.
   */
  sweepEveryMs?: number;
  log?: (message: string) => void;
}

const DEFAULT_SWEEP_MS = 10 * 60_000;

const handledTypes: ReadonlySet<string> = new Set(DEADLINE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Deadlines as time-driven events. A reactor, not a projection (side effects live in reactors, which a
 * rebuild never runs: docs/ARCHITECTURE.md, "Jobs and the deadline reactor"): it follows the event
 * store ($all) from a checkpoint of its own, keeps the table of pending deadlines from the events (in the
 * transaction that advances its checkpoint) and, once that commits, schedules a delayed check per
 * deadline through the job queue. A projection rebuild never runs it, so a rebuild schedules nothing.
 *
 * On start it first schedules every pending deadline again: that is how the jobs come back after Redis
 * lost them (their ids are deterministic, so jobs still queued are not doubled), and a check whose time
 * has passed runs at once.
 */
export class DeadlineReactor {
  private readonly jobName: string;
  private readonly name: string;
  private readonly log: (message: string) => void;
  private subscription: Subscription | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private position: Position = 0n;

  constructor(private readonly options: DeadlineReactorOptions) {
    this.jobName = options.jobName ?? DEADLINE_CHECK_JOB;
    this.name = options.name ?? DEADLINE_REACTOR;
    this.log = options.log ?? (() => undefined);
  }

  async start(): Promise<void> {
    if (this.subscription !== null) throw new Error('DeadlineReactor already started');
    const rescheduled = await this.schedulePending();
    if (rescheduled > 0) this.log(`deadline reactor: ${rescheduled} pending deadline check(s) scheduled`);
    this.position = await readReactorCheckpoint(this.options.pool, this.name);
    this.subscription = this.options.store.subscribeToAll({
      after: this.position === 0n ? null : this.position,
      ...(this.options.batchSize === undefined ? {} : { batchSize: this.options.batchSize }),
      onEvents: (events) => this.handle(events),
      onError: (error: unknown) => this.log(`deadline reactor stopped: ${error instanceof Error ? error.message : String(error)}`),
    });
    const sweepEveryMs = this.options.sweepEveryMs ?? DEFAULT_SWEEP_MS;
    if (sweepEveryMs > 0) {
      this.sweep = setInterval(() => {
        this.schedulePending().catch((error: unknown) => this.log(`deadline reactor: sweep failed: ${error instanceof Error ? error.message : String(error)}`));
      }, sweepEveryMs);
      this.sweep.unref();
    }
  }

  async stop(): Promise<void> {
    if (this.sweep !== null) clearInterval(this.sweep);
    this.sweep = null;
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
  }

  /** The position of the last event the reactor has handled (0: none yet). */
  get checkpoint(): Position {
    return this.position;
  }

  /** Schedules the check of every deadline not yet checked; answers how many. */
  async schedulePending(): Promise<number> {
    const pending = await listPendingDeadlines(this.options.pool);
    for (const deadline of pending) await scheduleDeadline(this.options.jobs, this.jobName, deadline);
    return pending.length;
  }

  private async handle(events: readonly RecordedEvent[]): Promise<void> {
    const { due, position } = await this.applyBatch(events);
    for (const deadline of due) {
      try {
        await scheduleDeadline(this.options.jobs, this.jobName, deadline);
      } catch (error: unknown) {
        // The deadline is in the pending table: the next start schedules it.
        this.log(`deadline reactor: could not schedule ${deadline.kind} ${deadline.subjectId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    // Handled once its checks are scheduled: whoever waits for the checkpoint then finds the jobs there.
    this.position = position;
  }

  /** One transaction: the checkpoint row locked, the pending deadlines updated, the checkpoint advanced. */
  private async applyBatch(events: readonly RecordedEvent[]): Promise<{ due: Deadline[]; position: Position }> {
    const client = await this.options.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const checkpoint = await lockReactorCheckpoint(client, this.name);
      const fresh = events.filter((event) => event.position > checkpoint);
      const last = fresh.at(-1);
      const due: Deadline[] = [];
      for (const recorded of fresh) {
        if (!handledTypes.has(recorded.type)) continue;
        const changes = deadlineChangesOf(domainEventCodec.decode(recorded), recorded.recordedAt);
        due.push(...(await applyDeadlineChanges(client, changes, recorded.position)));
      }
      if (last !== undefined) await saveReactorCheckpoint(client, this.name, last.position);
      await client.query('COMMIT');
      return { due, position: last?.position ?? checkpoint };
    } catch (error: unknown) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
