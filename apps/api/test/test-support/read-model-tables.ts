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
