import { withTransaction } from '@trust/database';
import type { DomainEvent } from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { rebuildProjection } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { recordedEvent, storedEvent } from '../test-support/stored-events.js';
import { improvementPlansProjection } from './improvement-plans.projection.js';
import { findImprovementPlan, listImprovementPlans } from './improvement-plans.queries.js';
import {
  ACADEMY_ID,
  actionAdded,
  actionAmended,
  aimHeld,
  ATTENDANCE,
  closed,
  committed,
  confirmed,
  coreDayLogged,
  drafted,
  focusSet,
  priorityAdded,
  priorityAmended,
  rated,
  rechargeLogged,
  rechargeReversed,
  reviewCompleted,
  WRITING,
  YEAR,
} from './test-support/plan-events.js';

/** A year of the plan, in the order the ledger learns it, the events of other streams (AIMs, visits, finance) among them. */
const A_YEAR: readonly DomainEvent[] = [
  drafted('2025-09-01'),
  priorityAdded(WRITING, '2025-09-02'),
  priorityAdded(ATTENDANCE, '2025-09-02', { kpis: ['attendance'] }),
  actionAdded('a-1', WRITING, '2025-09-03'),
  committed('c-1', { coreDays: 2, developmentDays: 4, reviews: 1, committedOn: '2025-09-10' }),
  rated('red', '2025-09-20'),
  confirmed('2025-10-01'),
  focusSet('visit-1', '2025-10-08', [{ priorityId: WRITING, rag: 'red' }]),
  coreDayLogged(1, '2025-10-14'),
  rechargeLogged('r-1', 2, '2025-10-15'),
  aimHeld('aim-autumn', '2025-11-05', [
    { priorityId: WRITING, rag: 'amber' },
    { priorityId: ATTENDANCE, rag: 'green' },
  ]),
  priorityAmended(WRITING, '2025-11-05', 'Writing across Key Stage 2', 'aim-autumn'),
  rechargeLogged('r-2', 1, '2025-11-20'),
  rechargeReversed('r-2', '2025-11-20'),
  actionAmended('done', '2025-12-01'),
  reviewCompleted('2026-03-10'),
  closed('2026-08-31'),
];

describe('improvement-plans projection against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_improvement_plans');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  function record(...events: readonly DomainEvent[]): RecordedEvent[] {
    return events.map((event) => recordedEvent(event, nextPosition++));
  }

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => improvementPlansProjection.apply(client, events));
  }

  async function dump(): Promise<Record<string, unknown[]>> {
    const tables: Record<string, unknown[]> = {};
    for (const table of improvementPlansProjection.tables) {
      tables[table] = (await database.pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY 1`)).rows.map(({ row }) => row);
    }
    return tables;
  }

  it('stores a year of the plan, its ratings from the plan, an AIM and a visit, and its support with what delivered it', async () => {
    await apply(record(...A_YEAR));
    const plan = await findImprovementPlan(database.pool, ACADEMY_ID, YEAR);
    expect(plan).toMatchObject({ status: 'closed', draftedOn: '2025-09-01', confirmations: [{ confirmedOn: '2025-10-01', aimId: null }], closedOn: '2026-08-31', position: String(A_YEAR.length) });
    const [writing, attendance] = plan?.priorities ?? [];
    expect(writing).toMatchObject({ title: 'Writing across Key Stage 2', currentRating: 'amber', amendments: [{ amendedOn: '2025-11-05', aimId: 'aim-autumn' }], actions: [{ actionId: 'a-1', status: 'done' }] });
    expect(writing?.ragHistory.map(({ rating, ratedOn, source }) => [rating, ratedOn, source.kind])).toEqual([
      ['red', '2025-09-20', 'direct'],
      ['red', '2025-10-08', 'peer-visit'],
      ['amber', '2025-11-05', 'aim'],
    ]);
    expect(attendance?.ragHistory.map(({ rating, source }) => [rating, source.aimId])).toEqual([['green', 'aim-autumn']]);
    expect(plan?.commitments).toEqual([
      expect.objectContaining({
        commitmentId: 'c-1',
        planned: { coreDays: 2, developmentDays: 4, reviews: 1 },
        delivered: { coreDays: 1, developmentDays: 2, reviews: 1 },
        undelivered: { coreDays: 1, developmentDays: 2, reviews: 0 },
        deliveredInFull: false,
      }),
    ]);
  });

  it('answers as of any position (as recorded) and on any day (as effective)', async () => {
    await apply(record(...A_YEAR.slice(0, 8)));
    await apply(record(...A_YEAR.slice(8)));
    const amendment = BigInt(A_YEAR.findIndex((event) => event.type === 'PlanPriorityAmended') + 1);

    const beforeAmendment = await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: amendment - 1n, on: null });
    expect(beforeAmendment?.priorities[0]).toMatchObject({ title: `Priority ${WRITING}`, amendments: [], currentRating: 'amber' });
    expect(beforeAmendment?.status).toBe('confirmed');
    expect((await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: amendment, on: null }))?.priorities[0]?.title).toBe('Writing across Key Stage 2');

    const dayBeforeTheAim = await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: null, on: '2025-11-04' });
    expect(dayBeforeTheAim).toMatchObject({ status: 'confirmed', closedOn: null });
    expect(dayBeforeTheAim?.priorities[0]).toMatchObject({ title: `Priority ${WRITING}`, currentRating: 'red', actions: [{ status: 'not-started' }] });
    expect(dayBeforeTheAim?.commitments[0]?.delivered).toEqual({ coreDays: 1, developmentDays: 2, reviews: 0 });

    // The recharge reversed delivered nothing, as known after its reversal; before it, it counted.
    const reversal = BigInt(A_YEAR.findIndex((event) => event.type === 'RechargeReversed') + 1);
    expect((await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: reversal - 1n, on: null }))?.commitments[0]?.delivered.developmentDays).toBe(3);
    expect((await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: reversal, on: null }))?.commitments[0]?.delivered.developmentDays).toBe(2);

    expect(await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: null, on: '2025-08-31' })).toBeNull();
    expect(await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: 0n, on: null })).toBeNull();
    expect(await findImprovementPlan(database.pool, ACADEMY_ID, '2024/25')).toBeNull();
  });

  it('the same events applied again, as a batch or overlapping one applied, change nothing', async () => {
    const events = record(...A_YEAR);
    await apply(events);
    const before = await dump();
    await apply(events);
    await apply(events.slice(3, 12));
    expect(await dump()).toEqual(before);
  });

  it('stores the same rows whatever the batches the events come in', async () => {
    const events = record(...A_YEAR);
    for (const event of events) await apply([event]);
    const oneByOne = await dump();
    await database.pool.query(`TRUNCATE ${improvementPlansProjection.tables.join(', ')}`);
    await apply(events.slice(0, 5));
    await apply(events.slice(5));
    expect(await dump()).toEqual(oneByOne);
  });

  it("lists a year's plans by academy, each as it stood on a day", async () => {
    const other = { academyId: '654321', academicYear: YEAR };
    await apply(record(drafted('2025-09-01'), drafted('2025-10-20', other), drafted('2025-09-01', { academyId: ACADEMY_ID, academicYear: '2024/25' })));
    expect((await listImprovementPlans(database.pool, YEAR)).map((plan) => plan.academyId)).toEqual([ACADEMY_ID, '654321']);
    expect((await listImprovementPlans(database.pool, YEAR, { position: null, on: '2025-10-01' })).map((plan) => plan.academyId)).toEqual([ACADEMY_ID]);
    expect((await listImprovementPlans(database.pool, YEAR, { position: null, on: null }, '654321')).map((plan) => plan.academyId)).toEqual(['654321']);
  });

  it('is rebuilt from the event store into the same rows', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    try {
      const appended = await store.append('mixed', A_YEAR.map(storedEvent), { expectedVersion: 'any' });
      const live: RecordedEvent[] = [];
      for await (const event of store.readAll({})) live.push(event);
      await apply(live);
      const before = await dump();
      const result = await rebuildProjection({ store, pool: database.pool, projection: improvementPlansProjection, batchSize: 4 });
      expect(result.position).toBe(appended.lastPosition);
      expect(await dump()).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
