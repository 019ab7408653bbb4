import type pg from 'pg';
import { waitUntil } from '@trust/testing';
import { allProjections } from '@trust/projections';
import type { AuthenticatedAgent } from './test-app.js';

/** Every read model's tables, row by row as JSON text, sorted: two databases' read models compare equal when their dumps do. */
export async function dumpReadModels(pool: pg.Pool): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const projection of allProjections()) {
    for (const table of projection.tables) {
      const { rows } = await pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM public.${table} t ORDER BY 1`);
      dump[table] = rows.map(({ row }) => row);
    }
  }
  return dump;
}

interface JobAnswer {
  state: string;
  failedReason?: string;
}

/** Rebuilds every projection through the admin route, one after another, and fails on any rebuild that does not complete. */
export async function rebuildEveryProjection(admin: AuthenticatedAgent): Promise<void> {
  for (const { name } of allProjections()) {
    const { jobId } = (await admin.post(`/admin/projections/${name}/rebuild`).expect(202)).body as { jobId: string };
    let job: JobAnswer = { state: 'waiting' };
    await waitUntil(
      async () => {
        job = (await admin.get(`/admin/jobs/${jobId}`).expect(200)).body as JobAnswer;
        return job.state === 'completed' || job.state === 'failed';
      },
      { timeoutMs: 20_000, message: `the rebuild of ${name} to end` },
    );
    if (job.state !== 'completed') throw new Error(`the rebuild of ${name} ended ${job.state}: ${job.failedReason ?? ''}`);
  }
}

interface ProjectionAnswer {
  name: string;
  position: string;
  status: string;
  lastError: string | null;
}

/**
 * Waits for every projection to reach the store's head, fails if any has failed, then rebuilds them all
 * and fails unless every read model rebuilt equals the live one row by row. Answers the live read models.
 */
export async function expectProjectionsAtHeadRebuildingAlike(api: { admin: AuthenticatedAgent; head(): Promise<bigint>; database: { pool: pg.Pool } }): Promise<Record<string, string[]>> {
  const head = (await api.head()).toString();
  const projections = async (): Promise<ProjectionAnswer[]> => ((await api.admin.get('/admin/projections').expect(200)).body as { projections: ProjectionAnswer[] }).projections;
  await waitUntil(async () => (await projections()).every((projection) => projection.position === head), { timeoutMs: 10_000, message: 'every projection to reach the head' });
  expect((await projections()).filter((projection) => projection.status !== 'running' || projection.lastError !== null)).toEqual([]);

  const live = await dumpReadModels(api.database.pool);
  await rebuildEveryProjection(api.admin);
  expect(await dumpReadModels(api.database.pool)).toEqual(live);
  return live;
}
