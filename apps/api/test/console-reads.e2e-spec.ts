import { errorAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

const OAK = '630001';
const ASH = '630002';
const YEAR = '2024/25';
const RATES = { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 25_000, 'support-staff': 15_000 };

// Seed 003: the budget is agreed by the headteacher, the improvement director, the chief executive and the finance director.
const AGREED_BY = [
  { name: 'Ann Head', role: 'headteacher' },
  { name: 'Ian Director', role: 'improvement-director' },
  { name: 'Cath Executive', role: 'chief-executive' },
  { name: 'Fred Finance', role: 'finance-director' },
];

interface SeriesBody {
  academyId: string;
  name: string;
  series: { kpi: string; points: { academicYear: string; term: string; value: number; target: number | null; rag: string; corrected: boolean }[]; targets: { academicYear: string; target: number }[] }[];
}

/** What the console reads beyond the read models it already had: KPI series, names in finance, pages and filters. */
describe('Reads for the console: KPI series, names in finance, paged and filtered lists', () => {
  let api: TestApp;
  let finance: AuthenticatedAgent;
  let head: AuthenticatedAgent;
  let corrected: CommandAnswerBody;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-09-15T09:00:00Z') });
    finance = api.as(await tokenFor({ roles: ['finance'] }));
    head = api.as(await tokenFor({ roles: ['headteacher'], academies: [OAK] }));
    await registerAcademy(api.server, OAK, { name: 'Oak Primary' });
    await registerAcademy(api.server, ASH, { name: 'Ash Academy' });
    await api.admin.post(`/academies/${OAK}/kpi-targets`).send({ academicYear: YEAR, kpi: 'attendance', target: 96 }).expect(201);
    for (const [term, value] of [['summer', 97], ['autumn', 95]] as const) {
      await api.admin.post(`/academies/${OAK}/kpis`).send({ kpi: 'attendance', academicYear: YEAR, term, value, nationalAverage: 94.5 }).expect(201);
    }
    corrected = (await api.admin.post(`/academies/${OAK}/kpis/corrections`).send({ kpi: 'attendance', academicYear: YEAR, term: 'autumn', value: 96.2, reason: 'Registers reconciled' }).expect(201)).body as CommandAnswerBody;
    await finance.post('/rate-cards').send({ academicYear: YEAR, rates: RATES }).expect(201);
    await finance.post(`/academies/${OAK}/improvement-budgets`).send({ academicYear: YEAR, amountPence: 100_000, agreedBy: AGREED_BY }).expect(201);
    for (const deliveredOn of ['2024-10-01', '2024-11-05', '2025-02-11']) {
      await finance.post('/recharges').send({ supportedAcademyId: OAK, providerRole: 'teacher', providerAcademyId: ASH, days: 1, deliveredOn, description: `Phonics support ${deliveredOn}` }).expect(201);
    }
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const position = async (): Promise<string> => (await api.head()).toString();

  describe('GET /academies/:id/kpi-series', () => {
    it('gives each KPI\'s figures in term order against the year\'s target, corrections marked, as the card has them', async () => {
      const response = await api.admin.get(`/academies/${OAK}/kpi-series`).query({ minPosition: await position() }).expect(200);
      const body = response.body as SeriesBody;
      expect(body.name).toBe('Oak Primary');
      expect(body.series.map((series) => series.kpi)).toEqual(['progress', 'curriculum', 'teaching', 'attendance', 'transition']);
      const attendance = body.series.find((series) => series.kpi === 'attendance')!;
      expect(attendance.points.map((point) => [point.term, point.value, point.target, point.corrected])).toEqual([
        ['autumn', 96.2, 96, true],
        ['summer', 97, 96, false],
      ]);
      expect(attendance.targets).toEqual([{ academicYear: YEAR, target: 96 }]);
    });

    it('answers as recorded before the correction with the first figure', async () => {
      const events = await api.streamEvents(`academy-${OAK}`);
      const before = new Date(events.find((event) => event.position === BigInt(corrected.position))!.recordedAt.getTime() - 1).toISOString();
      const body = (await api.admin.get(`/academies/${OAK}/kpi-series`).query({ asOf: before }).expect(200)).body as SeriesBody;
      expect(body.series.find((series) => series.kpi === 'attendance')?.points[0]).toMatchObject({ term: 'autumn', value: 95, corrected: false });
    });

    it('is for the academy\'s own people only, and 404 for an unknown academy', async () => {
      await head.get(`/academies/${OAK}/kpi-series`).expect(200);
      await head.get(`/academies/${ASH}/kpi-series`).expect(403);
      await api.admin.get('/academies/639999/kpi-series').expect(404);
    });
  });

  describe('names in finance', () => {
    it('names each academy beside its URN in the ledger and the reconciliation', async () => {
      const ledger = (await finance.get('/finance/ledger').query({ academicYear: YEAR, minPosition: await position() }).expect(200)).body as { academyId: string | null; academyName: string | null }[];
      expect(new Set(ledger.map((line) => `${line.academyId}: ${line.academyName}`))).toEqual(new Set([`${OAK}: Oak Primary`, `${ASH}: Ash Academy`]));
      const reconciliation = (await finance.get('/finance/reconciliation').query({ academicYear: YEAR }).expect(200)).body as { academies: { academyId: string; name: string }[] };
      expect(reconciliation.academies.map((academy) => [academy.academyId, academy.name])).toEqual([
        [OAK, 'Oak Primary'],
        [ASH, 'Ash Academy'],
      ]);
    });
  });

  describe('compliance of one academy', () => {
    it('answers that academy\'s entry alone with academyId, the same entry as in the whole trust\'s', async () => {
      const whole = (await finance.get('/compliance').query({ academicYear: YEAR, minPosition: await position() }).expect(200)).body as { academies: { academyId: string }[] };
      const one = (await finance.get('/compliance').query({ academicYear: YEAR, academyId: OAK }).expect(200)).body as { academies: { academyId: string }[] };
      expect(whole.academies).toHaveLength(2);
      expect(one.academies).toEqual(whole.academies.filter((entry) => entry.academyId === OAK));
      expect(errorAnswer(await finance.get('/compliance').query({ academicYear: YEAR, academyId: '12' }).expect(400)).fields).toEqual(['academyId']);
    });
  });

  describe('the ledger, paged and filtered', () => {
    it('pages with limit and offset, the whole count in X-Total-Count', async () => {
      const all = await finance.get('/finance/ledger').query({ academicYear: YEAR, minPosition: await position() }).expect(200);
      expect(all.headers['x-total-count']).toBe('6');
      const page = await finance.get('/finance/ledger').query({ academicYear: YEAR, limit: '2', offset: '3' }).expect(200);
      expect(page.headers['x-total-count']).toBe('6');
      expect(page.body).toEqual((all.body as unknown[]).slice(3, 5));
    });

    it('narrows by date, both days included, and the CSV holds every line asked for whatever the page', async () => {
      const lines = (await finance.get('/finance/ledger').query({ academicYear: YEAR, from: '2024-11-05', to: '2025-02-11' }).expect(200)).body as { date: string }[];
      expect(lines.map((line) => line.date)).toEqual(['2024-11-05', '2024-11-05', '2025-02-11', '2025-02-11']);
      const csv = await finance.get('/finance/ledger').query({ academicYear: YEAR, from: '2024-11-05', limit: '1' }).set('Accept', 'text/csv').buffer(true).expect(200);
      expect(String(csv.text ?? csv.body).trim().split('\r\n')).toHaveLength(5);
    });

    it('400 naming a bad limit, offset, from or to', async () => {
      for (const [field, value] of [['limit', '0'], ['limit', '1001'], ['offset', '-1'], ['from', '2024-02-30'], ['to', 'tomorrow']] as const) {
        expect(errorAnswer(await finance.get('/finance/ledger').query({ academicYear: YEAR, [field]: value }).expect(400)).fields).toEqual([field]);
      }
    });
  });

  describe('the timeline, paged and as recorded', () => {
    it('pages through the replay with the whole count in X-Total-Count', async () => {
      const all = await api.admin.get(`/academies/${OAK}/timeline`).expect(200);
      const count = (all.body as unknown[]).length;
      expect(all.headers['x-total-count']).toBe(String(count));
      const page = await api.admin.get(`/academies/${OAK}/timeline`).query({ limit: '2', offset: '1' }).expect(200);
      expect(page.headers['x-total-count']).toBe(String(count));
      expect(page.body).toEqual((all.body as unknown[]).slice(1, 3));
    });

    it('replays only what was recorded by asOf', async () => {
      const events = await api.streamEvents(`academy-${OAK}`);
      const correction = events.find((event) => event.position === BigInt(corrected.position))!;
      const before = new Date(correction.recordedAt.getTime() - 1).toISOString();
      const replay = await api.admin.get(`/academies/${OAK}/timeline`).query({ asOf: before }).expect(200);
      const types = (replay.body as { type: string }[]).map((entry) => entry.type);
      expect(types).not.toContain('KpiCorrected');
      expect(replay.headers['x-total-count']).toBe(String(types.length));
      expect(errorAnswer(await api.admin.get(`/academies/${OAK}/timeline`).query({ asOf: 'yesterday' }).expect(400)).fields).toEqual(['asOf']);
    });
  });
});
