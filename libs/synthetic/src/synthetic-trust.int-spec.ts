import { PostgresEventStore } from '@trust/event-store';
import { ProjectionRunner } from '@trust/projection-runner';
import { allProjections, findAcademyCard, listAcademyCards, listTierHistory, reconcileLedger } from '@trust/projections';
import { academicYearsOf, syntheticAcademyId, writeSyntheticTrust } from '@trust/synthetic';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';

describe('a synthetic trust on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_synthetic');
    store = new PostgresEventStore(database.pool);
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('is appended with expected versions and folds through every projection without a failure', async () => {
    const options = { academies: 12, years: 3, seed: 42 };
    const summary = await writeSyntheticTrust(store, { ...options, concurrency: 4 });
    expect(summary.events).toBeGreaterThan(1500);
    expect(summary.lastPosition).toBe(BigInt(summary.events));

    const runner = new ProjectionRunner({ store, pool: database.pool, projections: allProjections(), batchSize: 200 });
    await runner.start();
    try {
      await waitUntil(() => runner.status().every((projection) => projection.status === 'failed' || projection.position === summary.lastPosition), {
        timeoutMs: 25_000,
        message: 'every projection to reach the head',
      });
      expect(runner.status().map(({ name, status, lastError }) => ({ name, status, lastError }))).toEqual(
        allProjections().map(({ name }) => ({ name, status: 'running', lastError: null })),
      );
    } finally {
      await runner.stop();
    }

    const cards = await listAcademyCards(database.pool);
    expect(cards.map((card) => card.academyId)).toEqual(Array.from({ length: 12 }, (_, index) => syntheticAcademyId(index)));
    const card = await findAcademyCard(database.pool, syntheticAcademyId(0));
    expect(card?.kpis.length).toBeGreaterThan(0);
    expect((await listTierHistory(database.pool, syntheticAcademyId(0))).length).toBeGreaterThan(0);
    for (const year of academicYearsOf(options)) {
      const reconciliation = await reconcileLedger(database.pool, year);
      expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
      expect(reconciliation.totals.internalNetPence).toBe(0);
    }
  });
});
