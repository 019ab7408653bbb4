import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { migrate } from './migrate.js';

describe('migrate on a fresh database', () => {
  let databases: TestDatabase[] = [];

  afterEach(async () => {
    await Promise.all(databases.map((database) => database.drop()));
    databases = [];
  });

  it('lets processes started together take turns: none fails, and each migration is applied once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const database = await createTestDatabase('til_migrate', { poolSize: 1, migrated: false });
      databases.push(database);

      const outcomes = await Promise.allSettled(Array.from({ length: 3 }, () => migrate({ url: database.url })));

      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      const { rows } = await database.pool.query<{ name: string; times: string }>(
        'SELECT name, count(*)::text AS times FROM schema_migrations GROUP BY name HAVING count(*) > 1',
      );
      expect(rows).toEqual([]);
      const { rows: applied } = await database.pool.query<{ count: string }>('SELECT count(*)::text AS count FROM schema_migrations');
      expect(Number(applied[0]?.count)).toBeGreaterThan(20);
    }
  }, 120_000);
});
