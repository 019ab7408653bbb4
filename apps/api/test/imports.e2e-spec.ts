import { waitUntil } from '@trust/testing';
import type request from 'supertest';
import { startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * Importing a trust's history from spreadsheets: a file of every kind, stored through the commands the API
 * runs; a file with bad rows refused whole; the same file imported again storing nothing twice.
 */

const NOW = new Date('2025-10-06T09:00:00Z');

type TierHistoryEntry = { decisionId: string; supersedes: string | null; supersededBy: string | null };
const CRLF = '\r\n';
const BOM = '\uFEFF';

const FILES: Record<string, string> = {
  academies: [
    'academyId,name,phase,hub,joinedOn,predecessorUrns',
    '731001,Oakfield Primary Academy,primary,North,01/09/2019,117301; 117302',
    '"731002","Riverside Academy, Upper School",secondary,South,2020-09-01,',
  ].join(CRLF),
  'kpi-targets': ['academyId,academicYear,kpi,target', '731001,2023/24,attendance,96%', '731001,2024/25,attendance,96.5'].join(CRLF),
  kpis: [
    'academyId,kpi,academicYear,term,value,nationalAverage,source',
    '731001,attendance,2023/24,autumn,94.6,94.1,',
    '731001,attendance,2023/24,spring,95.1%,,academy-data',
    '731002,attendance,2024/25,autumn,92.0,,',
  ].join(CRLF),
  inspections: [
    'academyId,inspectedOn,framework,overallEffectiveness,grades,safeguarding',
    '731002,14/05/2024,eif-2024,,quality-of-education | good; behaviour-and-attitudes | good; personal-development | outstanding; leadership-and-management | good,',
    '731002,2019-11-20,eif-2019,requires-improvement,,',
  ].join(CRLF),
  outcomes: ['academyId,academicYear,direction', '731002,2023/24,positive'].join(CRLF),
  'annual-reviews': ['academyId,academicYear,capacityToImprove,summary', '731002,2023/24,yes,Leadership has the capacity to sustain the improvements.'].join(CRLF),
  'risk-assessments': ['academyId,assessedOn,level,risks', '731002,15/01/2024,medium,Falling rolls in Reception | Hana Head; Staff turnover'].join(CRLF),
  'sip-assignments': ['academyId,sipId,name,approvedOn', '731002,sip-jo,Jo Bloggs,01/09/2023'].join(CRLF),
  'sip-visits': ['academyId,visitedOn,reportSummary', '731002,07/11/2023,Phonics teaching is consistent.'].join(CRLF),
  'commissioned-reviews': ['academyId,academicYear,term,completedOn,summary', '731002,2023/24,spring,20/03/2024,Safeguarding is effective.'].join(CRLF),
  // After the evidence they read: a decision of 2024/25 as the evidence recommended it on its day (Tier 2, a medium risk), and its revision.
  'tier-decisions': [
    'academyId,academicYear,tier,decidedOn,decidedByUserId,decidedByName,decidedByRole,rationale,supersedes',
    '731002,2024/25,2,12/09/2024,dee-director,Dee Director,improvement-director,,',
    '731002,2024/25,1,2025-01-20,dee-director,Dee Director,improvement-director,A new headteacher; the trust will support the transition.,12/09/2024',
  ].join(CRLF),
  'rate-cards': ['academicYear,improvement-director,hub-lead,headteacher,teacher,support-staff', '2024/25,£360.00,£360.00,"£360.00",£260,15500p'].join(CRLF),
  budgets: ['academyId,academicYear,amount,agreedBy', '731001,2024/25,"£4,500.00",Hana Head | headteacher; Dee Director | improvement-director; Cai Chief | chief-executive; Fay Finance | finance-director'].join(CRLF),
  recharges: [
    'supportedAcademyId,providerRole,providerAcademyId,days,deliveredOn,description',
    '731001,teacher,731002,1.5,12/11/2024,Phonics coaching in Year 1',
    '731001,teacher,731002,1.5,12/11/2024,Phonics coaching in Year 1',
    '731002,hub-lead,,1,2024-11-13,"Maths: ""mastery"" planning"',
  ].join(CRLF),
  'aims-held': [
    'academyId,date,format,focus,documents,heldOn,attendees,judgements,priorities,nextSteps,reportSummary,reportPublishedOn',
    '731001,12/03/2025,one-day,Early reading,sef | 03/03/2025; previous-aim-report | green | 03/03/2025,12/03/2025,Dee Director | improvement-director | chair; Hana Head | headteacher,quality-of-education | good | A well-sequenced curriculum,Early reading in Year 1 | amber,Phonics training before half term,Reading is improving.,14/03/2025',
  ].join(CRLF),
};

describe('imports (e2e)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => NOW });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const upload = (csv: string, fileName: string, kind?: string): request.Test => {
    const post = api.admin.post('/imports');
    return (kind === undefined ? post : post.query({ kind })).attach('file', Buffer.from(csv, 'utf8'), { filename: fileName, contentType: 'text/csv' });
  };

  async function finished(jobId: string): Promise<{ state: string; result: { stored: number; skipped: number; events: number; total: number } }> {
    let job: { state: string; result: { stored: number; skipped: number; events: number; total: number }; failedReason?: string } | undefined;
    await waitUntil(
      async () => {
        job = (await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as typeof job;
        return job?.state === 'completed' || job?.state === 'failed';
      },
      { timeoutMs: 20_000, message: `import job ${jobId} to finish` },
    );
    expect(job?.failedReason).toBeUndefined();
    return job!;
  }

  it('imports one file of each kind, through the same commands as the API, each event naming the file and its row', async () => {
    for (const [kind, csv] of Object.entries(FILES)) {
      const accepted = await upload(`${BOM}${csv}${CRLF}`, `${kind}.csv`);
      if (accepted.status !== 202) throw new Error(`${kind}: ${JSON.stringify(accepted.body)}`);
      expect(accepted.body).toMatchObject({ kind, fileName: `${kind}.csv`, rows: csv.split(CRLF).length - 1, alreadyImported: 0 });
      const job = await finished((accepted.body as { jobId: string }).jobId);
      expect(job).toMatchObject({ state: 'completed', result: { total: csv.split(CRLF).length - 1, skipped: 0 } });
    }

    const academy = await api.streamEvents('academy-731001');
    expect(academy.map((event) => event.type)).toEqual(['AcademyRegistered', 'KpiTargetSet', 'KpiTargetSet', 'KpiRecorded', 'KpiRecorded']);
    expect(academy[0]!.data).toMatchObject({ joinedOn: '2019-09-01', predecessorUrns: ['117301', '117302'] });
    expect(academy[3]!.metadata).toMatchObject({
      commandType: 'RecordKpi',
      import: { kind: 'kpis', fileName: 'kpis.csv', row: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
    });

    // Two identical recharge rows are two recharges, priced by the imported rate card (£260 a day × 1.5).
    const { rows: recharges } = await api.database.pool.query<{ stream_id: string; data: { amountPence: number } }>(
      "SELECT stream_id, data FROM events WHERE type = 'RechargeLogged' ORDER BY position",
    );
    expect(recharges.map((row) => row.data.amountPence).sort()).toEqual([36_000, 39_000, 39_000]);
    expect(new Set(recharges.map((row) => row.stream_id)).size).toBe(3);

    expect((await api.streamEvents('academy-731002')).map((event) => event.type)).toEqual([
      'AcademyRegistered',
      'KpiRecorded',
      'InspectionRecorded',
      'InspectionRecorded',
      'OutcomeRecorded',
      'AnnualReviewRecorded',
      'RiskAssessed',
      'SipAssigned',
      'SipVisitRecorded',
      'CommissionedReviewCompleted',
      'TierAssigned',
      'TierAssigned',
    ]);

    // The tier history shows each decision as made on its day, the revision superseding the first.
    const history = (await api.admin.get('/academies/731002/tier-history').query({ minPosition: await api.head() }).expect(200)).body as TierHistoryEntry[];
    expect(history).toEqual([
      expect.objectContaining({ academicYear: '2024/25', tier: 2, recommendedTier: 2, override: false, decidedOn: '2024-09-12', recordedAt: NOW.toISOString(), supersedes: null, supersededBy: history[1]?.decisionId }),
      expect.objectContaining({
        academicYear: '2024/25',
        tier: 1,
        recommendedTier: 2,
        override: true,
        rationale: 'A new headteacher; the trust will support the transition.',
        decidedOn: '2025-01-20',
        decidedBy: { userId: 'dee-director', name: 'Dee Director', role: 'improvement-director' },
        supersedes: history[0]?.decisionId,
        supersededBy: null,
      }),
    ]);

    const { rows: aims } = await api.database.pool.query<{ type: string }>("SELECT type FROM events WHERE stream_id LIKE 'aim-%' ORDER BY position");
    expect(aims.map((row) => row.type)).toEqual(['AimScheduled', 'AimDocumentSubmitted', 'AimDocumentSubmitted', 'AimHeld', 'AimReportPublished']);
  });

  it('imports the same files again storing nothing twice', async () => {
    const head = await api.head();
    for (const [kind, csv] of Object.entries(FILES)) {
      const accepted = await upload(csv, `${kind}-again.csv`).expect(202);
      const rows = csv.split(CRLF).length - 1;
      expect(accepted.body).toMatchObject({ rows, alreadyImported: rows });
      expect((await finished((accepted.body as { jobId: string }).jobId)).result).toMatchObject({ stored: 0, skipped: rows, events: 0 });
    }
    expect(await api.head()).toBe(head);
  });

  it('refuses a file with bad rows whole, listing each row, column and message, and stores nothing', async () => {
    const head = await api.head();
    const csv = [
      'academyId,kpi,academicYear,term,value,nationalAverage,source',
      '731002,attendance,2024/25,spring,93.2,,',
      '731002,attendance,2024/25,winter,93.2,,',
      '799999,attendance,2024/25,spring,93.2,,',
      '731002,attendance,2024/25,summer,lots,,',
      '731002,attendance,2024/25,autumn,91,,',
    ].join('\n');
    const refused = await upload(csv, 'bad-kpis.csv').expect(400);
    expect(refused.body).toMatchObject({
      fields: ['file'],
      rows: [
        { row: 3, column: 'term', message: expect.stringContaining('autumn') as unknown },
        { row: 4, column: null, message: expect.stringContaining('799999') as unknown },
        { row: 5, column: 'value', message: expect.stringContaining('must be a number') as unknown },
        { row: 6, column: null, message: expect.stringContaining('was imported before with other values') as unknown },
      ],
    });
    expect(await api.head()).toBe(head);
  });

  it('checks a whole file without storing anything: every bad row, or what importing it would store', async () => {
    const head = await api.head();
    const check = (csv: string, fileName: string) => api.admin.post('/imports/checks').attach('file', Buffer.from(csv, 'utf8'), { filename: fileName, contentType: 'text/csv' });
    const bad = ['academyId,kpi,academicYear,term,value,nationalAverage,source', '731002,attendance,2024/25,winter,93.2,,', '731002,attendance,2024/25,spring,93.4,,'].join('\n');
    const refused = await check(bad, 'check-kpis.csv').expect(400);
    expect(refused.body).toMatchObject({ fields: ['file'], rows: [{ row: 2, column: 'term', message: expect.stringContaining('autumn') as unknown }] });
    const fixed = bad.replace('winter', 'summer');
    const checked = await check(fixed, 'check-kpis.csv').expect(200);
    expect(checked.body).toMatchObject({ kind: 'kpis', fileName: 'check-kpis.csv', rows: 2 });
    expect((checked.body as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await api.head()).toBe(head);
    await api.as(await tokenFor({ roles: ['headteacher'], academies: ['731002'] })).post('/imports/checks').attach('file', Buffer.from(fixed, 'utf8'), { filename: 'x.csv', contentType: 'text/csv' }).expect(403);
  });

  it('refuses tier decisions the API would refuse, and one that would replace a decision without naming it', async () => {
    const head = await api.head();
    const csv = [
      'academyId,academicYear,tier,decidedOn,decidedByUserId,decidedByName,decidedByRole,rationale,supersedes',
      '731002,2024/25,2,10/01/2025,dee-director,Dee Director,improvement-director,,20/01/2025',
      '731002,2025/26,2,2025-09-10,dee-director,Dee Director,improvement-director,,',
      '731002,2020/21,2,15/08/2020,dee-director,Dee Director,improvement-director,,',
      '731002,2024/25,2,03/02/2025,dee-director,Dee Director,improvement-director,,',
      '731002,2024/25,2,04/02/2025,hana-head,Hana Head,headteacher,,20/01/2025',
    ].join(CRLF);
    const refused = await upload(csv, 'bad-tier-decisions.csv').expect(400);
    expect(refused.body).toMatchObject({
      rows: [
        { row: 2, column: null, message: expect.stringContaining('cannot revise decision') as unknown },
        { row: 3, column: null, message: expect.stringContaining('while evidence is missing: outcome for 2024/25') as unknown },
        { row: 4, column: null, message: expect.stringContaining('before academy 731002 joined the trust on 2020-09-01') as unknown },
        { row: 5, column: 'supersedes', message: expect.stringContaining('a revision names the decision it supersedes') as unknown },
        { row: 6, column: 'decidedByRole', message: expect.stringContaining('improvement-director, trust-admin') as unknown },
      ],
    });
    expect(await api.head()).toBe(head);
  });

  it.each([
    ['not CSV', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /not CSV/],
    ['not UTF-8', Buffer.from('academyId,name\n731009,Caf\xe9\n', 'latin1'), /not UTF-8/],
    ['a header of no kind', Buffer.from('urn,school\n731009,x\n'), /not that of any kind/],
  ])('refuses a file that is %s with 400, naming the problem', async (_case, bytes, message) => {
    const refused = await api.admin.post('/imports').attach('file', bytes, { filename: 'file.csv', contentType: 'text/csv' }).expect(400);
    expect((refused.body as { message: string[] }).message.join(' ')).toMatch(message);
  });

  it('refuses a wrong header for the kind named, and an unknown kind', async () => {
    const wrong = await upload('academyId,kpi,year\n731001,attendance,2024/25\n', 'kpis.csv', 'kpis').expect(400);
    expect((wrong.body as { message: string[] }).message[0]).toMatch(/wrong header for kpis: missing academicYear, term, value; unknown "year"/);
    const unknown = await upload(FILES['kpis']!, 'kpis.csv', 'figures').expect(400);
    expect(unknown.body).toMatchObject({ fields: ['kind'] });
  });

  it('refuses a file over 50 MB with 400', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 10, 'a');
    const refused = await api.admin.post('/imports').attach('file', big, { filename: 'big.csv', contentType: 'text/csv' }).expect(400);
    expect((refused.body as { message: string[] }).message[0]).toMatch(/50 MB/);
  }, 60_000);

  it('serves each template: its header row and an example row, which import as they are', async () => {
    const template = await api.admin.get('/imports/templates/kpis.csv').expect(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.text.startsWith(BOM)).toBe(true);
    expect(template.text.split('\r\n')[0]).toBe(`${BOM}academyId,kpi,academicYear,term,value,nationalAverage,source`);
    await api.admin.get('/imports/templates/figures.csv').expect(404);
    await api.admin.get('/imports/templates/kpis').expect(404);
  });

  it('is for trust admins only', async () => {
    const director = api.as(await tokenFor({ roles: ['improvement-director'] }));
    await director.post('/imports').attach('file', Buffer.from(FILES['kpis']!), 'kpis.csv').expect(403);
    await director.get('/imports/templates/kpis.csv').expect(403);
  });
});
