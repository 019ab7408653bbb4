import { randomUUID } from 'node:crypto';
import { withTransaction } from '@trust/database';
import { aimStreamId, domainEventCodec, type DomainEvent } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { aimsProjection } from './aims.projection.js';
import { findAim, listAims } from './aims.queries.js';
import { ACADEMY_ID, AIM_ID, held, overdue, rescheduled, scheduled, submitted } from './test-support/aim-events.js';

describe('aims projection against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_aims');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  function record(...events: DomainEvent[]): RecordedEvent[] {
    return events.map((event) => ({
      eventId: randomUUID(),
      ...domainEventCodec.encode(event),
      metadata: { actor: { userId: 'dee', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
      streamId: aimStreamId('aimId' in event.data ? String(event.data.aimId) : ''),
      streamVersion: 0,
      position: nextPosition++,
      recordedAt: new Date(),
    }));
  }

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => aimsProjection.apply(client, events));
  }

  it('stores each AIM with its documents and overdue flags, one version per event, answerable as of any position', async () => {
    await apply(record(scheduled(), submitted('sef')));
    await apply(record(overdue(['headteacher-report', 'lgb-minutes']), rescheduled('2025-04-02')));

    const live = await findAim(database.pool, AIM_ID);
    expect(live).toMatchObject({ date: '2025-04-02', documentsDueOn: '2025-03-26', overdueDocuments: [], position: '4' });
    expect(await findAim(database.pool, AIM_ID, { position: 3n, on: null })).toMatchObject({ date: '2025-03-26', overdueDocuments: ['headteacher-report', 'lgb-minutes'] });
    expect(await findAim(database.pool, AIM_ID, { position: 1n, on: null })).toMatchObject({ documents: expect.arrayContaining([expect.objectContaining({ type: 'sef', submitted: false })]) as unknown });
    const { rows } = await database.pool.query<{ versions: number }>('SELECT count(*)::int AS versions FROM aims');
    expect(rows[0]?.versions).toBe(4);
  });

  it('the same batch applied twice changes nothing', async () => {
    const batch = record(scheduled(), submitted('sef'), held());
    await apply(batch);
    const before = await database.pool.query('SELECT * FROM aims ORDER BY valid_from');
    await apply(batch);
    const after = await database.pool.query('SELECT * FROM aims ORDER BY valid_from');
    expect(after.rows).toEqual(before.rows);
    expect(await findAim(database.pool, AIM_ID)).toMatchObject({ status: 'held' });
  });

  it("lists an academy's AIMs by date; `on` keeps those dated by then", async () => {
    await apply(record(scheduled('aim-summer', ACADEMY_ID, '2025-06-18'), scheduled('aim-spring', ACADEMY_ID, '2025-03-26'), scheduled('aim-other', '654321', '2025-03-27')));
    expect((await listAims(database.pool, ACADEMY_ID)).map((aim) => aim.aimId)).toEqual(['aim-spring', 'aim-summer']);
    expect((await listAims(database.pool, ACADEMY_ID, { position: null, on: '2025-04-01' })).map((aim) => aim.aimId)).toEqual(['aim-spring']);
    expect(await findAim(database.pool, 'never-scheduled')).toBeNull();
  });
});
