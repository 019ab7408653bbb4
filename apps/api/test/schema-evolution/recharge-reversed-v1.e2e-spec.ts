import { randomUUID } from 'node:crypto';
import type { LedgerLineView } from '@trust/projections';
import { expectProjectionsAtHeadRebuildingAlike } from '../test-support/read-model-tables.js';
import { registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';

interface AuditEntry {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

/**
 * RechargeReversed v2 carries the reversed recharge's delivery day. A reversal stored at v1 stays as it
 * was stored; its upcaster reads the day from the recharge its stream begins with, so the ledger dates
 * its contra entries by that day without reading its own tables, and the decider folds it as before.
 */
describe('RechargeReversed stored at v1, read as v2 everywhere', () => {
  let api: TestApp;
  const supported = '172001';
  const provider = '172002';
  const deliveredOn = '2024-11-12';
  let rechargeId: string;
  let v1Position: bigint;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-03-04T09:00:00Z') });
    for (const academyId of [supported, provider]) await registerAcademy(api.server, academyId);
    const logged = await api.admin
      .post('/recharges')
      .send({ supportedAcademyId: supported, providerRole: 'teacher', providerAcademyId: provider, days: 1, deliveredOn, description: 'Phonics modelling' })
      .expect(201);
    rechargeId = (logged.body as { id: string }).id;
    // The reversal as a build before v2 stored it: schema version 1, no delivery day.
    const appended = await api.store.append(
      `recharge-${rechargeId}`,
      [
        {
          eventId: randomUUID(),
          type: 'RechargeReversed',
          schemaVersion: 1,
          data: { rechargeId, supportedAcademyId: supported, providerAcademyId: provider, academicYear: '2024/25', amountPence: 25_000, reason: 'Wrong academy', reversedOn: '2025-01-06' },
          metadata: { actor: { userId: 'old-build', role: 'finance' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
        },
      ],
      { expectedVersion: 0 },
    );
    v1Position = appended.lastPosition;
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const ledgerOn = async (on: string): Promise<LedgerLineView[]> =>
    ((await api.admin.get('/finance/ledger').query({ academicYear: '2024/25', on, minPosition: v1Position.toString() }).expect(200)).body as LedgerLineView[]).filter(
      (line) => line.rechargeId === rechargeId,
    );

  it('keeps the row as it was stored: v1, no delivery day', async () => {
    const stored = await api.store.readEventAt(v1Position);
    expect(stored).toMatchObject({ type: 'RechargeReversed', schemaVersion: 1 });
    expect(stored?.data).not.toHaveProperty('deliveredOn');
  });

  it('dates the contra entries by the recharge\'s delivery day, as the recharge\'s own', async () => {
    expect(await ledgerOn('2024-11-11')).toEqual([]);
    const lines = await ledgerOn(deliveredOn);
    expect(lines).toHaveLength(4);
    expect(lines.reduce((sum, line) => sum + line.debitPence - line.creditPence, 0)).toBe(0);
  });

  it('decides on the stream with the v1 reversal folded in: a second reversal is a conflict', async () => {
    await api.admin.post(`/recharges/${rechargeId}/reversal`).send({ reason: 'Again' }).expect(409);
  });

  it('audits the reversal as stored, at v1', async () => {
    const audit = (await api.admin.get('/audit').query({ streamId: `recharge-${rechargeId}`, type: 'RechargeReversed', minPosition: v1Position.toString() }).expect(200))
      .body as AuditEntry[];
    expect(audit.map(({ schemaVersion, data }) => [schemaVersion, data['deliveredOn'] ?? null])).toEqual([[1, null]]);
  });

  it('leaves no projection failed, and every read model rebuilt from the events equals the live one row by row', async () => {
    await expectProjectionsAtHeadRebuildingAlike(api);
  }, 60_000);
});
