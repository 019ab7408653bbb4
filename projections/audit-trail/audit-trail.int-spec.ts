import { withTransaction } from '@trust/database';
import type { RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { auditTrailProjection } from './audit-trail.projection.js';
import { listAuditTrail, type AuditTrailFilter } from './audit-trail.queries.js';

const T0 = Date.parse('2025-01-10T09:00:00.000Z');

function event(position: bigint, streamId: string, type: string, data: Record<string, unknown>, actor = 'idir', minutes = Number(position)): RecordedEvent {
  return {
    eventId: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    streamId,
    streamVersion: 0,
    position,
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: { userId: actor, role: actor === 'admin' ? 'trust-admin' : 'improvement-director' }, correlationId: `c-${position}`, causationId: `r-${position}`, idempotencyKey: null },
    recordedAt: new Date(T0 + minutes * 60_000),
  };
}

const history: RecordedEvent[] = [
  event(1n, 'academy-140001', 'AcademyRegistered', { academyId: '140001', name: 'North Primary' }, 'admin'),
  event(2n, 'academy-140002', 'AcademyRegistered', { academyId: '140002', name: 'South Primary' }, 'admin'),
  event(3n, 'academy-140001', 'KpiRecorded', { academyId: '140001', kpi: 'progress', value: 70 }),
  event(4n, 'rate-card-2024-25', 'RateCardSet', { academicYear: '2024/25', rates: {} }, 'admin'),
  event(5n, 'recharge-r-1', 'RechargeLogged', { rechargeId: 'r-1', supportedAcademyId: '140002', providerAcademyId: '140001' }),
  event(6n, 'peer-review-visit-v-1', 'ReviewVisitRecorded', { visitId: 'v-1', hostAcademyId: '140001', feedback: 'Confidential findings' }),
  // A position beyond bigint, as EventStoreDB's packed $all positions are.
  event(2n ** 100n, 'academy-140002', 'KpiRecorded', { academyId: '140002', kpi: 'teaching', value: 81 }, 'idir', 7),
];

describe('audit-trail projection against PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_audit');
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await database.pool.query('TRUNCATE audit_trail');
  });

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => auditTrailProjection.apply(client, events));
  }

  const list = (filter: Partial<AuditTrailFilter> = {}) => listAuditTrail(database.pool, { limit: 100, withholdConfidential: false, ...filter }, async (events) => events.map((event) => event.data));
  const positions = async (filter: Partial<AuditTrailFilter> = {}) => (await list(filter)).map((entry) => entry.position);

  it('owns the audit_trail table', () => {
    expect(auditTrailProjection.name).toBe('audit-trail');
    expect(auditTrailProjection.tables).toEqual(['audit_trail']);
  });

  it('stores one row per event of every type, as stored, with its metadata', async () => {
    await apply(history);
    const entries = await list();
    expect(entries.map((entry) => entry.position)).toEqual(['1', '2', '3', '4', '5', '6', (2n ** 100n).toString()]);
    expect(entries[2]).toEqual({
      position: '3',
      eventId: '00000000-0000-4000-8000-000000000003',
      streamId: 'academy-140001',
      streamVersion: 0,
      type: 'KpiRecorded',
      schemaVersion: 1,
      actor: { userId: 'idir', role: 'improvement-director' },
      correlationId: 'c-3',
      causationId: 'r-3',
      idempotencyKey: null,
      recordedAt: '2025-01-10T09:03:00.000Z',
      academyIds: ['140001'],
      data: { academyId: '140001', kpi: 'progress', value: 70 },
      dataWithheld: false,
    });
    expect(entries[4]?.academyIds).toEqual(['140001', '140002']);
    expect(entries[3]?.academyIds).toEqual([]);
  });

  it('changes nothing when the same events are applied again, alone or within a batch', async () => {
    await apply(history);
    const before = await database.pool.query('SELECT * FROM audit_trail ORDER BY position');
    await apply(history);
    await apply([history[2]!, history[2]!]);
    await apply(history.slice(3));
    const after = await database.pool.query('SELECT * FROM audit_trail ORDER BY position');
    expect(after.rows).toEqual(before.rows);
  });

  it('filters by stream, type, actor, academy and time, and pages by position', async () => {
    await apply(history);
    expect(await positions({ streamId: 'academy-140001' })).toEqual(['1', '3']);
    expect(await positions({ type: 'KpiRecorded' })).toEqual(['3', (2n ** 100n).toString()]);
    expect(await positions({ actor: 'admin' })).toEqual(['1', '2', '4']);
    expect(await positions({ academyId: '140001' })).toEqual(['1', '3', '5', '6']);
    expect(await positions({ academyId: '140002', type: 'KpiRecorded' })).toEqual([(2n ** 100n).toString()]);
    expect(await positions({ from: new Date(T0 + 2 * 60_000), to: new Date(T0 + 5 * 60_000) })).toEqual(['2', '3', '4']);
    expect(await positions({ limit: 2 })).toEqual(['1', '2']);
    expect(await positions({ after: 2n, limit: 2 })).toEqual(['3', '4']);
    expect(await positions({ after: 6n })).toEqual([(2n ** 100n).toString()]);
    expect(await positions({ streamId: "academy-140001' OR true --" })).toEqual([]);
  });

  it("withholds a peer review visit's findings when asked, still saying who did what and when", async () => {
    await apply(history);
    const [visit] = await list({ streamId: 'peer-review-visit-v-1', withholdConfidential: true });
    expect(visit).toMatchObject({ type: 'ReviewVisitRecorded', actor: { userId: 'idir' }, academyIds: ['140001'], data: null, dataWithheld: true });
    expect((await list({ withholdConfidential: true })).filter((entry) => entry.dataWithheld).map((entry) => entry.position)).toEqual(['6']);
    const [open] = await list({ streamId: 'peer-review-visit-v-1' });
    expect(open?.data).toEqual({ visitId: 'v-1', hostAcademyId: '140001', feedback: 'Confidential findings' });
  });
});
