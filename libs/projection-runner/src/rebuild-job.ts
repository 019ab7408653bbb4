import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import type { Projection } from './projection.js';
import { rebuildProjections } from './rebuild.js';
import type { RebuildLock } from './rebuild-lock.js';

export const REBUILD_JOB = 'projection-rebuild';

export interface RebuildJobData {
  /** The read model to rebuild; with `projections`, the names of them all, for the job's label. */
  projection: string;
  /** Several read models rebuilt in one pass over the log (absent: `projection` alone, as jobs queued before were). */
  projections?: string[];
}

export interface RebuildJobResult {
  /** The read model rebuilt, or the names of all those rebuilt in one pass. */
  projection: string;
  /** Each read model rebuilt, when the job rebuilt several. */
  projections?: string[];
  /** The checkpoint the rebuilt tables were swapped in at (a decimal string). */
  position: string;
  events: number;
}

/**
 * A fresh id per request (job ids are remembered after the job ends, so a fixed one would return the
 * last rebuild); one rebuild of a projection at a time is enforced by rebuildProjection's lock.
 */
export function rebuildJobId(name: string): string {
  return `rebuild-${name}-${randomUUID()}`;
}

/** A rebuild queued: the projection and its job, to follow with the queue's `get`. */
export interface QueuedRebuild {
  projection: string;
  jobId: string;
}

/**
 * Queues a rebuild of these read models (after an erasure, say, so that they show `[erased]`): one job
 * that reads the log once for them all. Each read model is answered with that job.
 */
export async function queueRebuilds(queue: Pick<JobQueue, 'enqueue'>, projections: readonly Pick<Projection, 'name'>[]): Promise<QueuedRebuild[]> {
  if (projections.length === 0) return [];
  const names = projections.map(({ name }) => name);
  const data: RebuildJobData = names.length === 1 ? { projection: names[0]! } : { projection: names.join(', '), projections: names };
  const { id } = await queue.enqueue<RebuildJobData>(REBUILD_JOB, data, { jobId: rebuildJobId(names.length === 1 ? names[0]! : 'read-models') });
  return names.map((projection) => ({ projection, jobId: id }));
}

/**
 * Registers the `projection-rebuild` processor: rebuilds the named read model, or several in one pass
 * (rebuildProjections), reporting its progress as a percentage. The processor runs projections only, never reactors.
 */
export function registerRebuildJob(
  queue: JobQueue,
  options: { store: EventStore; pool: pg.Pool; projections: readonly Projection[]; batchSize?: number; lock?: RebuildLock },
): void {
  queue.register<RebuildJobData, RebuildJobResult>(REBUILD_JOB, async (job) => {
    const projections = (job.data.projections ?? [job.data.projection]).map((name) => {
      const projection = options.projections.find((candidate) => candidate.name === name);
      if (projection === undefined) throw new Error(`Unknown projection ${name}`);
      return projection;
    });
    let reported = -1;
    const results = await rebuildProjections({
      store: options.store,
      pool: options.pool,
      projections,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.lock === undefined ? {} : { lock: options.lock }),
      onProgress: async ({ percent }) => {
        if (percent === reported) return;
        reported = percent;
        await job.reportProgress(percent);
      },
    });
    // Read models swapped in on a later attempt are at a later position: the job answers the last.
    const last = results.reduce((latest, result) => (result.position > latest.position ? result : latest));
    return {
      projection: job.data.projection,
      ...(job.data.projections === undefined ? {} : { projections: results.map((result) => result.projection) }),
      position: last.position.toString(),
      events: last.events,
    };
  });
}
