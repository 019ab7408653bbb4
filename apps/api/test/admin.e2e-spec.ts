import { waitUntil } from '@trust/testing';
import { registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';

interface ProjectionAnswer {
  name: string;
  position: string;
  status: string;
  behind: string | null;
  lagSeconds: number | null;
  failedPosition: string | null;
  lastError: string | null;
}

describe('admin: rebuilds, jobs and projection health', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function projection(name: string): Promise<ProjectionAnswer | undefined> {
    const body = (await api.admin.get('/admin/projections').expect(200)).body as { projections: ProjectionAnswer[] };
    return body.projections.find((candidate) => candidate.name === name);
  }

  it('rebuilds a projection as a job that completes with progress 100', async () => {
    await registerAcademy(api.server, '810001');
    await registerAcademy(api.server, '810002');
    const head = await api.head();
    const { jobId } = (await api.admin.post('/admin/projections/academy-card/rebuild').expect(202)).body as { jobId: string };
    expect(jobId).toMatch(/^rebuild-academy-card-/);

    let job: Record<string, unknown> = {};
    await waitUntil(
      async () => {
        job = (await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as Record<string, unknown>;
        return job['state'] === 'completed' || job['state'] === 'failed';
      },
      { timeoutMs: 20_000, message: 'the rebuild job to end' },
    );
    expect(job).toEqual({
      id: jobId,
      name: 'projection-rebuild',
      state: 'completed',
      progress: 100,
      result: { projection: 'academy-card', position: head.toString(), events: Number(head) },
      createdAt: expect.any(String) as unknown,
      startedAt: expect.any(String) as unknown,
      finishedAt: expect.any(String) as unknown,
    });
    const listed = (await api.admin.get('/admin/jobs').expect(200)).body as { id: string; state: string }[];
    expect(listed.find((each) => each.id === jobId)).toMatchObject({ name: 'projection-rebuild', state: 'completed', progress: 100 });
    expect(listed[0]).not.toHaveProperty('data');
    await api.admin.get('/admin/jobs').query({ limit: '101' }).expect(400);
    await api.admin.get('/academies/810002/card').expect(200);
  });

  it('answers 404 for an unknown projection or job', async () => {
    await api.admin.post('/admin/projections/no-such-model/rebuild').expect(404);
    await api.admin.post('/admin/projections/no-such-model/retry').expect(404);
    await api.admin.get('/admin/jobs/no-such-job').expect(404);
  });

  it('shows a projection that fails on an event as failed, with the event and error, on /health and the admin route; retry resumes from it', async () => {
    // A read model that refuses one academy stands in for a projection with a bug in it.
    await api.database.pool.query(`ALTER TABLE academy_cards ADD CONSTRAINT refuses_poison CHECK (name <> 'Poison Academy')`);
    const { position } = await registerAcademy(api.server, '810003', { name: 'Poison Academy' });
    await waitUntil(async () => (await projection('academy-card'))?.status === 'failed', { timeoutMs: 10_000, message: 'academy-card to fail' });

    const failed = await projection('academy-card');
    expect(failed).toMatchObject({ status: 'failed', failedPosition: position, behind: '1' });
    expect(failed?.lastError).toContain('refuses_poison');
    const health = (await api.admin.get('/health').expect(200)).body as { info?: unknown; details: { projections: { status: string; projections: Record<string, ProjectionAnswer> } } };
    expect(health.details.projections.status).toBe('degraded');
    const shown = health.details.projections.projections['academy-card'];
    expect(shown).toMatchObject({ status: 'failed', failedPosition: position });
    expect(shown?.lastError).toContain('refuses_poison');
    await api.admin.get('/academies/810003/card').expect(404);

    // The fix, then the retry: it resumes from the event it failed on.
    await api.database.pool.query(`ALTER TABLE academy_cards DROP CONSTRAINT refuses_poison`);
    const retried = (await api.admin.post('/admin/projections/academy-card/retry').expect(200)).body as ProjectionAnswer;
    expect(retried).toMatchObject({ name: 'academy-card', failedPosition: null, lastError: null });
    await waitUntil(async () => (await projection('academy-card'))?.position === position, { timeoutMs: 10_000, message: 'academy-card to apply the event' });
    expect(await projection('academy-card')).toMatchObject({ status: 'running', position, behind: '0', failedPosition: null, lastError: null });
    expect((await api.admin.get('/academies/810003/card').expect(200)).body).toMatchObject({ name: 'Poison Academy' });
  });
});
