import { randomUUID } from 'node:crypto';
import { waitUntil } from '@trust/testing';
import { dumpReadModels, rebuildEveryProjection } from '../test-support/read-model-tables.js';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';

interface ProjectionAnswer {
  name: string;
  position: string;
  status: string;
  behind: string | null;
  failedPosition: string | null;
  lastError: string | null;
}

interface HealthAnswer {
  details: { projections: { status: string; projections: Record<string, ProjectionAnswer> } };
}

/**
 * A poison event, one a projection cannot apply, against a real database: only that projection stops,
 * at that event, recorded and shown on /health and GET /admin/projections; the others carry on past it;
 * it is never skipped (a retry or a rebuild before the fix fails on the same event); after the fix the
 * retry resumes from it and the read model equals a fresh replay.
 */
describe('Poison events', () => {
  let api: TestApp;

  beforeEach(async () => {
    api = await startTestApp();
  }, 60_000);

  afterEach(async () => {
    await api.close();
  });

  async function projections(): Promise<ProjectionAnswer[]> {
    return ((await api.admin.get('/admin/projections').expect(200)).body as { projections: ProjectionAnswer[] }).projections;
  }

  async function projection(name: string): Promise<ProjectionAnswer | undefined> {
    return (await projections()).find((candidate) => candidate.name === name);
  }

  /** Appends more events after the poison: for the card, the tier history, the ledger and the audit trail. */
  async function laterEvents(academy = '740001'): Promise<string> {
    await registerAcademy(api.server, '740009');
    await api.admin.post(`/academies/${academy}/kpi-targets`).send({ academicYear: '2024/25', kpi: 'progress', target: 80 }).expect(201);
    await api.admin.post(`/academies/${academy}/risk-assessments`).send({ assessedOn: '2025-01-10', level: 'high', risks: [{ title: 'Staffing' }] }).expect(201);
    const recharge = await api.admin
      .post('/recharges')
      .send({ supportedAcademyId: academy, providerRole: 'teacher', providerAcademyId: '740009', days: 1, deliveredOn: '2025-01-15', description: 'Phonics' })
      .expect(201);
    return commandAnswer(recharge).position;
  }

  async function othersReach(head: string, except: string): Promise<void> {
    await waitUntil(async () => (await projections()).filter((p) => p.name !== except).every((p) => p.position === head && p.status === 'running'), {
      timeoutMs: 15_000,
      message: `every projection but ${except} to reach ${head}`,
    });
  }

  it('an event the card cannot decode (a schema version this build does not know) stops the card only, at that event, and nothing skips it', async () => {
    await registerAcademy(api.server, '740001');
    const stream = await api.streamEvents('academy-740001');
    const poison = await api.store.append(
      'academy-740001',
      [
        {
          eventId: randomUUID(),
          type: 'KpiRecorded',
          schemaVersion: 99,
          data: { academyId: '740001', academicYear: '2024/25', term: 'autumn', kpi: 'progress', value: 70, nationalAverage: null, source: 'published', confidence: 'high' },
          metadata: { actor: { userId: 'newer-build', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
        },
      ],
      { expectedVersion: (stream.at(-1)?.streamVersion ?? 0) },
    );
    const poisonPosition = poison.lastPosition.toString();
    await waitUntil(async () => (await projection('academy-card'))?.status === 'failed', { timeoutMs: 10_000, message: 'academy-card to fail' });
    // The academy's own deciders cannot fold its stream either: a command on it is refused as the server's fault, appending nothing.
    const before = await api.head();
    const refused = await api.admin.post('/academies/740001/kpi-targets').send({ academicYear: '2024/25', kpi: 'progress', target: 80 });
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(await api.head()).toBe(before);
    await registerAcademy(api.server, '740008');
    const head = await laterEvents('740008');

    // Only the card stops; every other read model goes on past the poison to the head.
    await othersReach(head, 'academy-card');
    const failed = await projection('academy-card');
    expect(failed).toMatchObject({ status: 'failed', failedPosition: poisonPosition, position: (poison.lastPosition - 1n).toString() });
    expect(failed?.lastError).toMatch(/KpiRecorded v99.*newer build/);
    const health = (await api.admin.get('/health').expect(200)).body as HealthAnswer;
    expect(health.details.projections.status).toBe('degraded');
    expect(health.details.projections.projections['academy-card']).toMatchObject({ status: 'failed', failedPosition: poisonPosition });
    // The audit trail records the poison as stored: the event is not lost to the trust, only to the card.
    const audit = (await api.admin.get('/audit').query({ streamId: 'academy-740001', type: 'KpiRecorded', minPosition: head }).expect(200)).body as { schemaVersion: number }[];
    expect(audit.map((entry) => entry.schemaVersion)).toEqual([99]);

    // Still broken: a retry fails again on the same event, and a rebuild cannot skip it either.
    await api.admin.post('/admin/projections/academy-card/retry').expect(200);
    await waitUntil(async () => (await projection('academy-card'))?.status === 'failed', { timeoutMs: 10_000, message: 'academy-card to fail again' });
    expect(await projection('academy-card')).toMatchObject({ failedPosition: poisonPosition, position: (poison.lastPosition - 1n).toString() });
    const { jobId } = (await api.admin.post('/admin/projections/academy-card/rebuild').expect(202)).body as { jobId: string };
    let job: { state: string; failedReason?: string } = { state: 'waiting' };
    await waitUntil(
      async () => {
        job = (await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as typeof job;
        return job.state === 'failed' || job.state === 'completed';
      },
      { timeoutMs: 15_000, message: 'the rebuild to end' },
    );
    expect(job.state).toBe('failed');
    expect(job.failedReason).toMatch(/live tables untouched/);
    await api.admin.get('/academies/740009/card').expect(404);
  });

  it('an event the card cannot store stops the card only; after the fix the retry resumes from it, skips nothing, and the card equals a replay', async () => {
    await registerAcademy(api.server, '740001');
    // A read model that refuses one academy's name stands in for a projection with a bug.
    await api.database.pool.query(`ALTER TABLE academy_cards ADD CONSTRAINT refuses_poison CHECK (name <> 'Poison Academy')`);
    const poison = await registerAcademy(api.server, '740002', { name: 'Poison Academy' });
    await waitUntil(async () => (await projection('academy-card'))?.status === 'failed', { timeoutMs: 10_000, message: 'academy-card to fail' });
    const head = await laterEvents();
    await othersReach(head, 'academy-card');
    expect(await projection('academy-card')).toMatchObject({ status: 'failed', failedPosition: poison.position, behind: String(BigInt(head) - BigInt(poison.position) + 1n) });
    expect((await projection('academy-card'))?.lastError).toContain('refuses_poison');
    const health = (await api.admin.get('/health').expect(200)).body as HealthAnswer;
    expect(health.details.projections.projections['academy-card']).toMatchObject({ status: 'failed', failedPosition: poison.position });
    // Not ready while it has failed: a load balancer stops sending this instance reads the card cannot answer.
    const ready = (await api.admin.get('/health/ready').expect(503)).body as HealthAnswer;
    expect(ready.details.projections).toMatchObject({ status: 'down', message: expect.stringContaining('failed') as unknown });

    await api.database.pool.query(`ALTER TABLE academy_cards DROP CONSTRAINT refuses_poison`);
    await api.admin.post('/admin/projections/academy-card/retry').expect(200);
    await waitUntil(async () => (await projection('academy-card'))?.position === head, { timeoutMs: 10_000, message: 'academy-card to reach the head' });
    expect(await projection('academy-card')).toMatchObject({ status: 'running', behind: '0', failedPosition: null, lastError: null });
    // Every event from the poison on is in the card: the poison itself, and those after it.
    expect((await api.admin.get('/academies/740002/card').expect(200)).body).toMatchObject({ name: 'Poison Academy' });
    await api.admin.get('/academies/740009/card').expect(200);
    expect(((await api.admin.get('/academies/740001/card').expect(200)).body as { riskLevel: string }).riskLevel).toBe('high');
    expect(((await api.admin.get('/health').expect(200)).body as HealthAnswer).details.projections.status).not.toBe('degraded');
    await api.admin.get('/health/ready').expect(200);

    const live = await dumpReadModels(api.database.pool);
    await rebuildEveryProjection(api.admin);
    expect(await dumpReadModels(api.database.pool)).toEqual(live);
  }, 60_000);
});
