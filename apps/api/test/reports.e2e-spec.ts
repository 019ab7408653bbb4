import { waitUntil } from '@trust/testing';
import { registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';

interface ReportAnswer {
  id: string;
  type: string;
  asOf: string | null;
  position: string;
  contentHash: string;
  content: unknown;
}

describe('admin: report snapshots', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
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

  it('stores academy cards as of a position with a content hash; regenerating it gives the same hash; CSV too', async () => {
    await registerAcademy(api.server, '820001');
    const { position } = await registerAcademy(api.server, '820002');
    await api.admin.get('/academies').query({ minPosition: position }).expect(200);
    await registerAcademy(api.server, '820003');
    const head = await api.head();
    await api.admin.get('/academies').query({ minPosition: head.toString() }).expect(200);

    const first = await built({ type: 'academy-cards', asOf: position });
    expect(first).toMatchObject({ type: 'academy-cards', asOf: position, position });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((first.content as { academyId: string }[]).map((card) => card.academyId)).toEqual(['820001', '820002']);

    const again = await built({ type: 'academy-cards', asOf: position });
    expect(again.id).not.toBe(first.id);
    expect(again.contentHash).toBe(first.contentHash);

    const now = await built({ type: 'academy-cards' });
    expect(now.position).toBe(head.toString());
    expect(now.contentHash).not.toBe(first.contentHash);

    const listed = (await api.admin.get('/admin/reports').query({ limit: '2' }).expect(200)).body as { id: string; position: string; contentHash: string }[];
    expect(listed.map((report) => report.id)).toEqual([now.id, again.id]);
    expect(listed[1]).toMatchObject({ position, contentHash: first.contentHash });
    expect(listed[1]).not.toHaveProperty('content');
    await api.admin.get('/admin/reports').query({ limit: '0' }).expect(400);

    const csv = await api.admin.get(`/admin/reports/${first.id}`).set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['x-content-hash']).toBe(first.contentHash);
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('academyId');
  });

  it('refuses a bad request and answers 404 for an unknown report', async () => {
    await api.admin.post('/admin/reports').send({ type: 'nothing' }).expect(400);
    await api.admin.post('/admin/reports').send({ type: 'compliance' }).expect(400);
    await api.admin.post('/admin/reports').send({ type: 'tier-decisions', academicYear: '24/25' }).expect(400);
    await api.admin.get('/admin/reports/no-such-report').expect(404);
  });

  it('builds compliance and the recharge ledger for a year', async () => {
    await built({ type: 'compliance', academicYear: '2024/25' });
    const ledger = await built({ type: 'recharge-ledger', academicYear: '2024/25' });
    expect(ledger.content).toMatchObject({ lines: [] });
    const tiers = await built({ type: 'tier-decisions', on: '2025-01-01' });
    expect(tiers.content).toEqual([]);
  });
});
