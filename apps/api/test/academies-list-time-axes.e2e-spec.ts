import request from 'supertest';
import type { AcademyListItem } from '@trust/projections';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/** Resolves once the wall clock has moved past `instant`, so the next event is recorded strictly after it. */
async function clockPast(instant: Date): Promise<void> {
  while (Date.now() <= instant.getTime()) await new Promise((resolve) => setImmediate(resolve));
}

describe('GET /academies on two time axes: asOf (as recorded) and on (as effective)', () => {
  let api: TestApp;
  const early = '171001';
  const joiner = '171002';

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function post(academyId: string, path: string, body: Record<string, unknown>): Promise<string> {
    return commandAnswer(await api.admin.post(`/academies/${academyId}${path}`).send(body).expect(201)).position;
  }

  async function list(query: Record<string, string>, agent = api.admin): Promise<AcademyListItem[]> {
    return (await agent.get('/academies').query(query).expect(200)).body as AcademyListItem[];
  }

  async function recordedAt(position: string): Promise<Date> {
    const event = await api.store.readEventAt(BigInt(position));
    if (event === null) throw new Error(`no event at ${position}`);
    return event.recordedAt;
  }

  it('given a KPI corrected and an academy joining later, then asOf lists what was answered live then and on lists the academies joined by the date with their cards on it', async () => {
    await registerAcademy(api.server, early);
    await post(early, '/kpi-targets', { academicYear: '2024/25', kpi: 'progress', target: 80 });
    const autumn = await post(early, '/kpis', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 });
    const liveThen = await list({ minPosition: autumn });
    expect(liveThen).toEqual([expect.objectContaining({ academyId: early, ragSummary: { green: 0, amber: 0, red: 1, grey: 0 } })]);
    const knownThen = await recordedAt(autumn);
    await clockPast(knownThen);

    await registerAcademy(api.server, joiner, { joinedOn: '2025-06-01' });
    const correction = await post(early, '/kpis/corrections', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 85, reason: 'Moderated' });
    const live = await list({ minPosition: correction });
    expect(live.map((item) => [item.academyId, item.ragSummary.green])).toEqual([
      [early, 1],
      [joiner, 0],
    ]);

    expect(await list({ asOf: knownThen.toISOString() })).toEqual(liveThen);
    expect(await list({ on: '2025-01-15' })).toEqual([expect.objectContaining({ academyId: early, ragSummary: { green: 1, amber: 0, red: 0, grey: 0 } })]);
    expect(await list({ on: '2025-01-15', asOf: knownThen.toISOString() })).toEqual(liveThen);
    expect(await list({ on: '2025-12-31' })).toEqual(live);
    expect(await list({ on: '2019-08-31' })).toEqual([]);
  });

  it('gives a headteacher only their own academy on a date, once it has joined', async () => {
    const headteacher = api.as(await tokenFor({ roles: ['headteacher'], academies: [joiner] }));
    expect((await list({ on: '2025-07-01' }, headteacher)).map((item) => item.academyId)).toEqual([joiner]);
    expect(await list({ on: '2025-01-15' }, headteacher)).toEqual([]);
  });

  it('documents asOf and on for the list, and the AIMs in compliance, in the OpenAPI page', async () => {
    const document = (await request(api.server).get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect((document.paths['/academies']?.['get']?.parameters ?? []).map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['minPosition', 'asOf', 'on']));
    expect(Object.keys(document.components.schemas['ComplianceEntryDto']?.properties ?? {})).toEqual(expect.arrayContaining(['sipVisits', 'reviews', 'aims', 'coreDays']));
  });

  it.each([
    [{ asOf: 'yesterday' }, 'asOf'],
    [{ on: '2025-02-30' }, 'on'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const response = await api.admin.get('/academies').query(query).expect(400);
    expect(errorAnswer(response).fields).toEqual([field]);
  });
});
