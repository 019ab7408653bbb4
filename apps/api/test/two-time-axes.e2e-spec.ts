import type { AcademyCardView } from '@trust/projections';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';

/** Resolves once the wall clock has moved past `instant`, so the next event is recorded strictly after it. */
async function clockPast(instant: Date): Promise<void> {
  while (Date.now() <= instant.getTime()) await new Promise((resolve) => setImmediate(resolve));
}

describe('Two time axes over HTTP: asOf (as recorded) and on (as effective)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function post(academyId: string, path: string, body: Record<string, unknown>): Promise<string> {
    const response = await api.admin.post(`/academies/${academyId}${path}`).send(body).expect(201);
    return commandAnswer(response).position;
  }

  async function card(academyId: string, query: Record<string, string>): Promise<AcademyCardView> {
    const response = await api.admin.get(`/academies/${academyId}/card`).query(query).expect(200);
    return response.body as AcademyCardView;
  }

  async function recordedAt(position: string): Promise<Date> {
    const event = await api.store.readEventAt(BigInt(position));
    if (event === null) throw new Error(`no event at ${position}`);
    return event.recordedAt;
  }

  it('given a KPI corrected later, then asOf before the correction shows the old figure as it was answered live, and on shows the corrected one', async () => {
    const academyId = '170001';
    const registered = await registerAcademy(api.server, academyId);
    const registeredAt = await recordedAt(registered.position);
    await post(academyId, '/kpi-targets', { academicYear: '2024/25', kpi: 'progress', target: 80 });
    const autumn = await post(academyId, '/kpis', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 });
    const liveThen = await card(academyId, { minPosition: autumn });
    const knownThen = await recordedAt(autumn);
    await clockPast(knownThen);
    await post(academyId, '/kpis', { kpi: 'progress', academicYear: '2024/25', term: 'spring', value: 75 });
    const correction = await post(academyId, '/kpis/corrections', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 78, reason: 'Moderated assessment' });
    const live = await card(academyId, { minPosition: correction });

    expect(live.kpis.map(({ term, value, corrected }) => [term, value, corrected])).toEqual([
      ['autumn', 78, true],
      ['spring', 75, false],
    ]);
    expect(await card(academyId, { asOf: knownThen.toISOString() })).toEqual(liveThen);
    expect(liveThen.kpis).toEqual([expect.objectContaining({ term: 'autumn', value: 70, corrected: false })]);

    const onJanuary = await card(academyId, { on: '2025-01-15' });
    expect(onJanuary.kpis).toEqual([expect.objectContaining({ term: 'autumn', value: 78, corrected: true, target: 80 })]);
    const onJanuaryAsKnownThen = await card(academyId, { on: '2025-01-15', asOf: knownThen.toISOString() });
    expect(onJanuaryAsKnownThen.kpis).toEqual([expect.objectContaining({ term: 'autumn', value: 70, corrected: false })]);
    expect(await card(academyId, { on: '2025-12-31' })).toEqual(live);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(await card(academyId, { asOf: future })).toEqual(live);
    await api.admin.get(`/academies/${academyId}/card`).query({ asOf: new Date(registeredAt.getTime() - 1).toISOString() }).expect(404);
    await api.admin.get(`/academies/${academyId}/card`).query({ on: '2019-08-31' }).expect(404);
  });

  it.each([
    [{ asOf: 'yesterday' }, 'asOf'],
    [{ asOf: '2025-02-30T10:00:00Z' }, 'asOf'],
    [{ asOf: '2025-02-03T10:00:00' }, 'asOf'],
    [{ on: '2025-02-30' }, 'on'],
    [{ on: '2025-02-03T00:00:00Z' }, 'on'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const response = await api.admin.get('/academies/170002/card').query(query).expect(400);
    expect(JSON.stringify(errorAnswer(response).message)).toContain(field);
  });

  it.each([
    '/tier-decisions',
    '/academies/170001/tier-history',
    '/finance/ledger?academicYear=2024/25',
    '/finance/reconciliation?academicYear=2024/25',
    '/compliance?academicYear=2024/25',
  ])('GET %s accepts asOf and on, and refuses them invalid', async (path) => {
    await api.admin.get(path).query({ asOf: new Date().toISOString(), on: '2025-01-15' }).expect(200);
    const response = await api.admin.get(path).query({ on: 'soon' }).expect(400);
    expect(JSON.stringify(errorAnswer(response).message)).toContain('on');
  });
});
