import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import { readCheckpoints, type ProjectionState } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { projectionLags } from './projection-lag.js';

export interface ProjectionStatusView {
  name: string;
  /** Global position of the last event applied (0: none). */
  position: string;
  status: ProjectionState;
  /** Events not yet applied (PostgreSQL store only, whose positions are dense). */
  behind: string | null;
  /** Seconds between the last event applied and the head event. */
  lagSeconds: number | null;
  failedPosition: string | null;
  lastError: string | null;
  updatedAt: string | null;
}

export interface ProjectionsView {
  headPosition: string;
  /** Whether the projections run in this process (else in the workers). */
  runInThisProcess: boolean;
  projections: ProjectionStatusView[];
}

/**
 * Every known projection's checkpoint and lag; one whose checkpoint row does not exist yet (no process
 * has followed it) shows as stopped at 0, as far behind as the whole store.
 */
export async function projectionsStatus(pool: pg.Pool, store: EventStore, runInThisProcess: boolean): Promise<ProjectionsView> {
  const names = allProjections().map((projection) => projection.name);
  const checkpoints = new Map((await readCheckpoints(pool, names)).map((checkpoint) => [checkpoint.name, checkpoint]));
  const positions = names.map((name) => checkpoints.get(name)?.position ?? 0n);
  const [lags, head] = await Promise.all([projectionLags(store, positions), store.headPosition()]);
  return {
    headPosition: (head ?? 0n).toString(),
    runInThisProcess,
    projections: names.map((name, index) => {
      const checkpoint = checkpoints.get(name);
      const lag = lags[index] ?? { behind: null, lagSeconds: null };
      return {
        name,
        position: (checkpoint?.position ?? 0n).toString(),
        status: checkpoint?.status ?? 'stopped',
        behind: lag.behind,
        lagSeconds: lag.lagSeconds,
        failedPosition: checkpoint?.failedPosition === null || checkpoint === undefined ? null : checkpoint.failedPosition.toString(),
        lastError: checkpoint?.lastError ?? null,
        updatedAt: checkpoint === undefined ? null : checkpoint.updatedAt.toISOString(),
      };
    }),
  };
}
