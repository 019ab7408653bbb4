import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import type { Projection } from './projection.js';
import { rebuildProjection } from './rebuild.js';
import type { RebuildLock } from './rebuild-lock.js';

export const REBUILD_JOB = 'projection-rebuild';

export interface RebuildJobData {
  projection: string;
}

export interface RebuildJobResult {
  projection: string;
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

/** Queues a rebuild of each of these read models (after an erasure, say, so that they show `[erased]`). */
export async function queueRebuilds(queue: Pick<JobQueue, 'enqueue'>, projections: readonly Pick<Projection, 'name'>[]): Promise<QueuedRebuild[]> {
  const queued: QueuedRebuild[] = [];
  for (const { name } of projections) {
    const { id } = await queue.enqueue<RebuildJobData>(REBUILD_JOB, { projection: name }, { jobId: rebuildJobId(name) });
    queued.push({ projection: name, jobId: id });
  }
  return queued;
}

/**
 * Registers the `projection-rebuild` processor: rebuilds the named projection (rebuildProjection),
 * reporting its progress as a percentage. The processor runs projections only, never reactors.
 */
export function registerRebuildJob(
  queue: JobQueue,
  options: { store: EventStore; pool: pg.Pool; projections: readonly Projection[]; batchSize?: number; lock?: RebuildLock },
): void {
  queue.register<RebuildJobData, RebuildJobResult>(REBUILD_JOB, async (job) => {
    const projection = options.projections.find((candidate) => candidate.name === job.data.projection);
    if (projection === undefined) throw new Error(`Unknown projection ${job.data.projection}`);
    let reported = -1;
    const result = await rebuildProjection({
      store: options.store,
      pool: options.pool,
      projection,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.lock === undefined ? {} : { lock: options.lock }),
      onProgress: async ({ percent }) => {
        if (percent === reported) return;
        reported = percent;
        await job.reportProgress(percent);
      },
    });
    return { projection: result.projection, position: result.position.toString(), events: result.events };
  });
}
