import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createPool } from '@trust/database';
import { waitUntil } from '@trust/testing';
import { createApp } from '../src/app.js';
import { validateResponsesAgainstOpenApi } from './test-support/openapi-responses.js';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { bearer, TEST_AUTH, TEST_MASTER_KEY, testAdminToken, tokenFor } from './test-support/tokens.js';

interface HealthBody {
  status: string;
  details: Record<string, { status: string } & Record<string, unknown>>;
}

interface OpenApiBody {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
}

describe('Operations: health, docs, read-model waits and unexpected failures', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ settings: { readModelWaitMs: 300 } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('GET /health with an administrator\'s token answers 200 with the database, the event store head and each projection checkpoint', async () => {
    const registered = await registerAcademy(api.server, '500001');
    await api.admin.get('/academies').query({ minPosition: registered.position }).expect(200);

    const response = await api.admin.get('/health').expect(200);

    const body = response.body as HealthBody;
    expect(body.status).toBe('ok');
    expect(body.details['database']?.status).toBe('up');
    expect(body.details['eventStore']).toMatchObject({ status: 'up', headPosition: registered.position });
    expect(body.details['projections']).toMatchObject({
      status: 'up',
      runInThisProcess: true,
      projections: { 'academy-card': { status: 'running', position: registered.position, behind: '0' } },
    });
    // The embedded deadline reactor follows the store too; no deadline is pending yet.
    expect(body.details['reactors']).toMatchObject({ status: 'up', pendingDeadlines: 0, lateDeadlines: 0 });
  });

  it('GET /health without a token shows only states: no positions, counts, lags or error text', async () => {
    const registered = await registerAcademy(api.server, '500004');
    await api.admin.get('/academies').query({ minPosition: registered.position }).expect(200);

    const body = (await request(api.server).get('/health').expect(200)).body as HealthBody;

    expect(body.status).toBe('ok');
    expect(body.details).toEqual({
      database: { status: 'up' },
      eventStore: { status: 'up' },
      projections: { status: 'up', projections: expect.objectContaining({ 'academy-card': { status: 'running' } }) as unknown },
      reactors: { status: 'up' },
    });
    expect(JSON.stringify(body)).not.toContain(registered.position);
    // A token that may not read the projections sees the same as none.
    const governor = await tokenFor({ roles: ['governor'], academies: ['500004'] });
    expect((await request(api.server).get('/health').set('Authorization', bearer(governor)).expect(200)).body).toEqual(body);
  });

  it('GET /health/live answers 200 without touching anything, and /health/ready 200 while every projection keeps up', async () => {
    expect((await request(api.server).get('/health/live').expect(200)).body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
    const ready = (await request(api.server).get('/health/ready').expect(200)).body as HealthBody;
    expect(ready.status).toBe('ok');
    expect(Object.keys(ready.details).sort()).toEqual(['database', 'eventStore', 'projections']);
  });

  it('GET /docs serves the OpenAPI page, and its JSON documents every route', async () => {
    const page = await request(api.server).get('/docs').expect(200);
    expect(page.text).toContain('swagger');

    const json = await request(api.server).get('/docs/openapi.json').expect(200);
    const document = json.body as OpenApiBody;
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        '/academies',
        '/academies/{id}/card',
        '/academies/{id}/kpi-targets',
        '/academies/{id}/kpis',
        '/academies/{id}/kpis/corrections',
        '/health',
        '/health/live',
        '/health/ready',
        '/imports',
        '/imports/checks',
        '/imports/templates/{file}',
        // Finance.
        '/rate-cards',
        '/academies/{id}/improvement-budgets',
        '/academies/{id}/core-days',
        '/recharges',
        '/recharges/{id}/reversal',
        '/finance/ledger',
        '/finance/rate-card',
        '/finance/reconciliation',
        // Evidence and tiers.
        '/academies/{id}/inspections',
        '/academies/{id}/annual-reviews',
        '/academies/{id}/outcomes',
        '/academies/{id}/risk-assessments',
        '/academies/{id}/baseline',
        '/academies/{id}/sip-assignments',
        '/academies/{id}/sip-visits',
        '/academies/{id}/reviews',
        '/academies/{id}/tier-recommendation',
        '/academies/{id}/tier-decisions',
        '/academies/{id}/tier-history',
        '/tier-decisions',
        '/compliance',
        // Rebuilds, projection health, jobs and report snapshots.
        '/admin/projections',
        '/admin/projections/{name}/rebuild',
        '/admin/projections/{name}/retry',
        '/admin/jobs',
        '/admin/jobs/{jobId}',
        '/admin/reports',
        '/admin/reports/{reportId}',
        '/admin/retention',
        '/admin/retention/runs',
        '/admin/data-subjects/{subjectId}/erasure',
        '/admin/data-subjects/{subjectId}',
        // Audit trail and replay.
        '/audit',
        '/audit/digest',
        '/audit/position',
        '/audit/verify',
        '/academies/{id}/timeline',
        // What the console reads besides: its sign-in settings, who is signed in, the KPI series of the charts.
        '/auth/config',
        '/auth/me',
        '/academies/{id}/kpi-series',
        // Academy Improvement Meetings.
        '/academies/{id}/aims',
        '/aims/{aimId}',
        '/aims/{aimId}/reschedule',
        '/aims/{aimId}/focus',
        '/aims/{aimId}/documents',
        '/aims/{aimId}/document-checks',
        '/aims/{aimId}/held',
        '/aims/{aimId}/report',
        // Peer reviews and the database of expertise.
        '/peer-reviews',
        '/peer-reviews/{groupId}',
        '/peer-reviews/{groupId}/visits',
        '/peer-reviews/{groupId}/visits/{visitId}',
        '/peer-reviews/{groupId}/visits/{visitId}/focus',
        '/peer-reviews/{groupId}/visits/{visitId}/observations',
        '/peer-reviews/{groupId}/visits/{visitId}/held',
        '/peer-reviews/{groupId}/visits/{visitId}/report',
        '/safeguarding-concerns',
        '/expertise',
        '/expertise/{staffId}',
        '/expertise/{staffId}/withdrawal',
        // Academy improvement plans.
        '/academies/{id}/improvement-plans',
        '/academies/{id}/improvement-plans/{academicYear}',
        '/academies/{id}/improvement-plans/{academicYear}/priorities',
        '/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/amendments',
        '/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions',
        '/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions/{actionId}/amendments',
        '/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/ratings',
        '/academies/{id}/improvement-plans/{academicYear}/confirmation',
        '/academies/{id}/improvement-plans/{academicYear}/closure',
        '/academies/{id}/improvement-plans/{academicYear}/support-commitments',
      ].sort(),
    );
    expect(Object.keys(document.paths['/academies'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(document.components.schemas).toHaveProperty('RegisterAcademyDto');
    expect(document.components.schemas).toHaveProperty('RecordKpiDto');
    expect(document.components.schemas).toHaveProperty('CommandAnswer');
    expect(document.components.schemas).toHaveProperty('AcademyCardDto');
    expect(document.components.schemas).toHaveProperty('UngradedOverallEffectivenessDto');
    expect(document.components.schemas).toHaveProperty('TierHistoryEntryDto');
    expect(document.components.schemas).toHaveProperty('ComplianceDto');
    expect(document.components.schemas).toHaveProperty('ImprovementPlanViewDto');
  });

  it('503 with Retry-After when the read model has not reached minPosition in time', async () => {
    const head = await api.head();
    const response = await api.admin
      .get('/academies')
      .query({ minPosition: (head + 1000n).toString() })
      .expect(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('catching up') as unknown });
  });

  it('minPosition reached: the card answers with the write just made', async () => {
    await registerAcademy(api.server, '500002');
    const recorded = await api.admin
      .post('/academies/500002/kpis')
      .send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 91 })
      .expect(201);
    const card = await api.admin.get('/academies/500002/card').query({ minPosition: commandAnswer(recorded).position }).expect(200);
    expect(card.body).toMatchObject({ kpis: [{ kpi: 'teaching', value: 91, rag: 'grey' }] });
  });

  it('an unexpected failure answers a generic 500 that discloses nothing', async () => {
    await registerAcademy(api.server, '500003');
    await api.database.pool.query('ALTER TABLE idempotency_keys RENAME TO idempotency_keys_away');
    try {
      const response = await api.admin
        .post('/academies/500003/kpis')
        .set('Idempotency-Key', 'table-gone')
        .send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 91 })
        .expect(500);
      expect(response.body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
      expect(response.text).not.toContain('idempotency_keys');
      expect(response.text).not.toContain('relation');
      // Neither a stack trace nor SQL: no frame ("at fn (file:line)"), no statement, no file path.
      expect(response.text).not.toMatch(/\bat \S+ \(|stack|\b(?:SELECT|INSERT|UPDATE|DELETE|ALTER)\b|\.ts:\d+|node_modules/i);
    } finally {
      await api.database.pool.query('ALTER TABLE idempotency_keys_away RENAME TO idempotency_keys');
    }
  });
});

describe('Health when the database is down', () => {
  let app: INestApplication;
  const pool = createPool({ url: 'postgres://postgres@127.0.0.1:1/nowhere', max: 1 });

  beforeAll(async () => {
    app = await createApp({ pool, runProjections: false, logLevel: 'silent', eventStore: { kind: 'postgres' }, masterKey: TEST_MASTER_KEY, auth: TEST_AUTH });
    validateResponsesAgainstOpenApi(app);
  });

  afterAll(async () => {
    await app.close();
    await pool.end();
  });

  it('GET /health answers 503 naming the database as down', async () => {
    const response = await request(app.getHttpServer() as Server).get('/health').expect(503);
    const body = response.body as HealthBody;
    expect(body.status).toBe('error');
    expect(body.details['database']?.status).toBe('down');
  });

  it('a command answers 5xx without details, never a stack or SQL', async () => {
    const response = await request(app.getHttpServer() as Server)
      .post('/academies')
      .set('Authorization', bearer(await testAdminToken()))
      .send({ academyId: '500009', name: 'A', phase: 'primary', hub: 'North', joinedOn: '2019-09-01' });
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(errorAnswer(response).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at /);
  });
});

describe('Readiness while a projection lags behind the store', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The projections do not run here, so they fall behind with the first events; any lag is beyond the bound.
    api = await startTestApp({ runProjections: false, settings: { readinessMaxLagSeconds: 0 } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('GET /health/ready answers 503 naming the lagging projections to an administrator, and only states to anyone else', async () => {
    await registerAcademy(api.server, '500010');
    const first = Date.now();
    await waitUntil(() => Date.now() > first + 5, { message: 'the clock to move on' });
    await registerAcademy(api.server, '500011');

    const detailed = (await api.admin.get('/health/ready').expect(503)).body as HealthBody;
    expect(detailed.status).toBe('error');
    expect(detailed.details['projections']).toMatchObject({ status: 'down', message: expect.stringContaining('academy-card') as unknown });

    const anonymous = (await request(api.server).get('/health/ready').expect(503)).body as HealthBody;
    expect(anonymous.details['projections']).toEqual({ status: 'down', projections: expect.objectContaining({ 'academy-card': { status: 'stopped' } }) as unknown });
    expect(JSON.stringify(anonymous)).not.toContain('lags');
    await request(api.server).get('/health/live').expect(200);
  });
});
