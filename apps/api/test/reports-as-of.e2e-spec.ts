import { waitUntil } from '@trust/testing';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';

interface ReportAnswer {
  id: string;
  type: string;
  asOf: string | null;
  on: string | null;
  position: string;
  contentHash: string;
  content: unknown;
}

interface LedgerReport {
  lines: { rechargeId: string; debitPence: number; creditPence: number }[];
  reconciliation: { academies: { academyId: string; spentPence: number }[]; totals: { debitsPence: number; creditsPence: number } };
}

interface ComplianceReport {
  academies: { academyId: string; sipVisits: { held: number }; reviews: { held: number }; aims: { held: number }; coreDays: { used: number } }[];
}

const SUPPORTED = '830001';
const PROVIDER = '830002';

/** Resolves once the wall clock has moved past `instant`, so the next event is recorded strictly after it. */
async function clockPast(instant: Date): Promise<void> {
  while (Date.now() <= instant.getTime()) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Compliance and recharge-ledger report snapshots honour asOf (a position or a timestamp) and on,
 * and a report regenerated as of the position a live report was built at has the same content hash, even
 * after a reversal, a late visit or a new core day.
 */
describe('admin: reports as of a position and on a date', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-09-15T09:00:00Z') });
    await registerAcademy(api.server, SUPPORTED);
    await registerAcademy(api.server, PROVIDER);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function built(body: Record<string, unknown>): Promise<ReportAnswer> {
    const { reportId } = (await api.admin.post('/admin/reports').send(body).expect(202)).body as { reportId: string };
    let answer: { status: number; body: unknown } = { status: 0, body: null };
    await waitUntil(
      async () => {
        answer = await api.admin.get(`/admin/reports/${reportId}`);
        return answer.status !== 202;
      },
      { timeoutMs: 20_000, message: 'the report to be built' },
    );
    expect(answer.status).toBe(200);
    return answer.body as ReportAnswer;
  }

  /** Waits until every read model has applied the head of the store, and answers that position. */
  async function caughtUp(): Promise<string> {
    const head = (await api.head()).toString();
    await api.admin.get('/finance/ledger').query({ academicYear: '2024/25', minPosition: head }).expect(200);
    await api.admin.get('/compliance').query({ academicYear: '2024/25', minPosition: head }).expect(200);
    return head;
  }

  async function recordedAt(position: string): Promise<Date> {
    const event = await api.store.readEventAt(BigInt(position));
    if (event === null) throw new Error(`no event at ${position}`);
    return event.recordedAt;
  }

  const recharge = (deliveredOn: string, days: number): Record<string, unknown> => ({
    supportedAcademyId: SUPPORTED,
    providerRole: 'teacher',
    providerAcademyId: PROVIDER,
    days,
    deliveredOn,
    description: `Support delivered ${deliveredOn}`,
  });

  it('given a recharge reversed later, then the ledger report as of before the reversal has the hash of the live one built then; on a date, the reversal counts on its recharge\'s day', async () => {
    const autumn = commandAnswer(await api.admin.post('/recharges').send(recharge('2024-11-12', 1)).expect(201));
    await api.admin.post('/recharges').send(recharge('2025-02-03', 2)).expect(201);
    const before = await caughtUp();
    const liveThen = await built({ type: 'recharge-ledger', academicYear: '2024/25' });
    expect(liveThen.position).toBe(before);
    expect((liveThen.content as LedgerReport).lines).toHaveLength(4);

    await clockPast(await recordedAt(before));
    await api.admin.post(`/recharges/${autumn.id}/reversal`).send({ reason: 'Logged against the wrong academy' }).expect(201);
    await api.admin.post('/recharges').send(recharge('2025-03-10', 0.5)).expect(201);
    await caughtUp();

    const live = await built({ type: 'recharge-ledger', academicYear: '2024/25' });
    expect((live.content as LedgerReport).lines).toHaveLength(8);
    expect(live.contentHash).not.toBe(liveThen.contentHash);

    const asOfPosition = await built({ type: 'recharge-ledger', academicYear: '2024/25', asOf: before });
    expect(asOfPosition).toMatchObject({ asOf: before, position: before, contentHash: liveThen.contentHash });
    expect(asOfPosition.content).toEqual(liveThen.content);
    const asOfTime = await built({ type: 'recharge-ledger', academicYear: '2024/25', asOf: (await recordedAt(before)).toISOString() });
    expect(asOfTime).toMatchObject({ asOf: before, contentHash: liveThen.contentHash });

    // On 31 December, by what is known now: the autumn recharge and its reversal (dated by the recharge), netting to nothing.
    const onDecember = await built({ type: 'recharge-ledger', academicYear: '2024/25', on: '2024-12-31' });
    const december = onDecember.content as LedgerReport;
    expect(december.lines.map((line) => line.rechargeId)).toEqual([autumn.id, autumn.id, autumn.id, autumn.id]);
    expect(december.reconciliation.academies.find((academy) => academy.academyId === SUPPORTED)?.spentPence).toBe(0);
    expect((await built({ type: 'recharge-ledger', academicYear: '2024/25', on: '2024-12-31' })).contentHash).toBe(onDecember.contentHash);
    // Both axes: on 31 December as known before the reversal, the autumn recharge stood.
    const bitemporal = (await built({ type: 'recharge-ledger', academicYear: '2024/25', on: '2024-12-31', asOf: before })).content as LedgerReport;
    expect(bitemporal.lines).toHaveLength(2);
    expect(bitemporal.reconciliation.academies.find((academy) => academy.academyId === SUPPORTED)?.spentPence).toBe(25_000);
  });

  it('given a visit recorded late and another core day, then the compliance report as of before them has the hash of the live one built then; on a date cuts the counts', async () => {
    await api.admin.post(`/academies/${SUPPORTED}/sip-assignments`).send({ sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2024-09-02' }).expect(201);
    await api.admin.post(`/academies/${SUPPORTED}/sip-visits`).send({ visitedOn: '2024-10-15', reportSummary: 'Autumn visit.' }).expect(201);
    await api.admin.post(`/academies/${SUPPORTED}/core-days`).send({ deliveredOn: '2024-10-08', days: 1, description: 'Autumn support' }).expect(201);
    await api.admin.post(`/academies/${SUPPORTED}/reviews`).send({ academicYear: '2024/25', term: 'spring', completedOn: '2025-03-04', summary: 'Spring review.' }).expect(201);
    const before = await caughtUp();
    const liveThen = await built({ type: 'compliance', academicYear: '2024/25' });
    expect((liveThen.content as ComplianceReport).academies.find((entry) => entry.academyId === SUPPORTED)).toMatchObject({
      sipVisits: { held: 1 },
      reviews: { held: 1 },
      aims: { held: 0 },
      coreDays: { used: 1 },
    });

    await api.admin.post(`/academies/${SUPPORTED}/sip-visits`).send({ visitedOn: '2024-12-02', reportSummary: 'Recorded late.' }).expect(201);
    await api.admin.post(`/academies/${SUPPORTED}/core-days`).send({ deliveredOn: '2025-01-14', days: 0.5, description: 'Spring support' }).expect(201);
    await caughtUp();

    const asOf = await built({ type: 'compliance', academicYear: '2024/25', asOf: before });
    expect(asOf).toMatchObject({ asOf: before, position: before, contentHash: liveThen.contentHash });

    const onNewYear = await built({ type: 'compliance', academicYear: '2024/25', on: '2024-12-31' });
    expect(onNewYear.on).toBe('2024-12-31');
    expect((onNewYear.content as ComplianceReport).academies.find((entry) => entry.academyId === SUPPORTED)).toMatchObject({
      sipVisits: { held: 2 },
      reviews: { held: 0 },
      coreDays: { used: 1 },
    });
    expect((await built({ type: 'compliance', academicYear: '2024/25', on: '2024-12-31' })).contentHash).toBe(onNewYear.contentHash);
    expect((await api.admin.get('/compliance').query({ academicYear: '2024/25', on: '2024-12-31' }).expect(200)).body).toEqual(onNewYear.content);
    const knownThen = await built({ type: 'compliance', academicYear: '2024/25', on: '2024-12-31', asOf: before });
    expect((knownThen.content as ComplianceReport).academies.find((entry) => entry.academyId === SUPPORTED)).toMatchObject({ sipVisits: { held: 1 }, reviews: { held: 0 } });
  });

  it('builds academy cards on a date: the academies joined by then, each as its card stood; regenerated, the same hash', async () => {
    const joined = await registerAcademy(api.server, '830003', { joinedOn: '2025-06-01' });
    await caughtUp();
    const onMay = await built({ type: 'academy-cards', on: '2025-05-31' });
    expect((onMay.content as { academyId: string }[]).map((card) => card.academyId)).toEqual([SUPPORTED, PROVIDER]);
    expect((await built({ type: 'academy-cards', on: '2025-05-31' })).contentHash).toBe(onMay.contentHash);
    const onJune = await built({ type: 'academy-cards', on: '2025-06-01', asOf: joined.position });
    expect((onJune.content as { academyId: string }[]).map((card) => card.academyId)).toEqual([SUPPORTED, PROVIDER, '830003']);
    expect((await built({ type: 'academy-cards', on: '2025-06-01', asOf: (BigInt(joined.position) - 1n).toString() })).content).toEqual(onMay.content);
  });

  it('refuses an asOf that is neither a position nor a timestamp, and an on that is not a date', async () => {
    await api.admin.post('/admin/reports').send({ type: 'compliance', academicYear: '2024/25', asOf: 'yesterday' }).expect(400);
    await api.admin.post('/admin/reports').send({ type: 'compliance', academicYear: '2024/25', asOf: '2025-01-01T10:00:00' }).expect(400);
    await api.admin.post('/admin/reports').send({ type: 'recharge-ledger', academicYear: '2024/25', on: '2025-02-30x' }).expect(400);
  });
});
