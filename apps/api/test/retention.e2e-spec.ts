import { verifyHashChain } from '@trust/event-store';
import { ERASED } from '@trust/personal-data';
import { waitUntil } from '@trust/testing';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * Retention end to end, on a clock moved on by years: a peer review group of 2024/25 (kept three years
 * after the year ends) and an AIM of 2024/25 (kept six). On 1 September 2028 retention erases the group's
 * name and leaves the AIM; the audit trail records what was erased and who asked; the chain verifies.
 */

const OAK = '850001';
const ASH = '850002';

interface Job {
  id: string;
  name: string;
  state: string;
  result?: { runOn: string; erased: number; byCategory: Record<string, number>; rebuildJobs: { jobId: string }[] };
}

describe('Retention over HTTP', () => {
  let api: TestApp;
  let now = new Date('2025-03-12T09:00:00.000Z');
  let director: string;
  let groupId: string;
  let aimId: string;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    for (const academyId of [OAK, ASH]) await registerAcademy(api.server, academyId);
    director = await tokenFor({ sub: 'dee', roles: ['improvement-director'] });
    const as = api.as(director);
    const members = [
      { headteacherId: 'st-51', name: 'Priya Nair', academyId: OAK },
      { headteacherId: 'st-52', name: 'Sam Ash', academyId: ASH },
    ];
    groupId = commandAnswer(await as.post('/peer-reviews').send({ name: 'West hub peer review', academicYear: '2024/25', members, leadHeadteacherId: 'st-52' }).expect(201)).id;
    aimId = commandAnswer(await as.post(`/academies/${OAK}/aims`).send({ date: '2025-03-12', format: 'one-day', focus: 'Reading' }).expect(201)).id;
    await as.post(`/aims/${aimId}/focus`).send({ focus: 'Early reading across Key Stage 1' }).expect(201);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const job = async (jobId: string): Promise<Job> => (await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as Job;
  const finished = async (jobId: string): Promise<Job> => {
    await waitUntil(async () => ['completed', 'failed'].includes((await job(jobId)).state), { timeoutMs: 30_000, message: `the job ${jobId} to end` });
    const ended = await job(jobId);
    expect([jobId, ended.state]).toEqual([jobId, 'completed']);
    return ended;
  };

  it('keeps the daily run queued, by the injected clock', async () => {
    const jobs = (await api.admin.get('/admin/jobs').expect(200)).body as Job[];
    expect(jobs.filter((queued) => queued.name === 'retention').map(({ id, state }) => [id, state])).toEqual([['retention-daily-2025-03-13', 'delayed']]);
  });

  it('answers the schedule: each category, its years, and the earliest academic year it keeps today', async () => {
    now = new Date('2028-09-01T08:00:00.000Z');
    const schedule = (await api.admin.get('/admin/retention').expect(200)).body as { today: string; runsDailyAt: string; categories: { category: string; years: number | null; earliestYearKept: string | null }[] };
    expect(schedule).toMatchObject({ today: '2028-09-01', runsDailyAt: '02:00 UTC' });
    expect(schedule.categories.map(({ category, years, earliestYearKept }) => [category, years, earliestYearKept])).toEqual([
      ['tier-decisions-and-evidence', 10, '2018/19'],
      ['aim-meetings', 6, '2022/23'],
      ['improvement-plans', 6, '2022/23'],
      ['peer-reviews', 3, '2025/26'],
      ['finance', 6, '2022/23'],
      ['safeguarding-concerns', 25, '2003/04'],
    ]);
    await api.as(director).get('/admin/retention').expect(403);
    await api.as(director).post('/admin/retention/runs').expect(403);
  });

  it('erases on request what has passed retention, records it, and rebuilds the read models', async () => {
    const { jobId } = (await api.admin.post('/admin/retention/runs').expect(202)).body as { jobId: string };
    const run = await finished(jobId);
    expect(run.result).toMatchObject({ runOn: '2028-09-01', erased: 1, byCategory: { 'peer-reviews': 1 } });
    for (const rebuild of run.result!.rebuildJobs) await finished(rebuild.jobId);

    const group = (await api.admin.get(`/peer-reviews/${groupId}`).expect(200)).body as { name: string; members: { name: string }[] };
    expect(group.name).toBe(ERASED);
    // Members' names are theirs, sealed under their own keys: erased with the person, not the record.
    expect(group.members.map(({ name }) => name)).toEqual(['Priya Nair', 'Sam Ash']);
    expect(JSON.stringify((await api.admin.get(`/aims/${aimId}`).expect(200)).body)).toContain('Early reading across Key Stage 1');

    const audit = (await api.admin.get('/audit').query({ streamId: 'retention-2028-09-01' }).expect(200)).body as { type: string; actor: unknown; data: unknown }[];
    expect(audit).toEqual([
      expect.objectContaining({
        type: 'RetentionApplied',
        actor: { userId: 'test-admin', role: 'trust-admin' },
        data: { runOn: '2028-09-01', erased: [{ key: 'records:peer-reviews:2024/25', category: 'peer-reviews', academicYear: '2024/25', years: 3, keptUntil: '2028-08-31' }] },
      }),
    ]);
    expect(await verifyHashChain(api.database.pool)).toMatchObject({ firstMismatch: null });
  });

  it('erases nothing more when asked again the same day', async () => {
    const { jobId } = (await api.admin.post('/admin/retention/runs').expect(202)).body as { jobId: string };
    expect((await finished(jobId)).result).toMatchObject({ erased: 0, rebuildJobs: [] });
  });
});
