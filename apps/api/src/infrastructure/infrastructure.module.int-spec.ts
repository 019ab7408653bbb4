import { createServer } from 'node:net';
import { Test } from '@nestjs/testing';
import { PostgresEventStore, type EventStore } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure.module.js';
import { EVENT_STORE } from './tokens.js';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('InfrastructureModule: the event store it builds', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_infra');
  });
  afterAll(async () => {
    await database.drop();
  });

  const options = (overrides: Partial<InfrastructureOptions> = {}): InfrastructureOptions => ({
    pool: database.pool,
    runProjections: false,
    eventStore: { kind: 'postgres' },
    settings: { readModelWaitMs: 100, idempotencyWaitMs: 100, idempotencyLeaseMs: 1_000, readinessMaxLagSeconds: 60 },
    ...overrides,
  });

  it('builds the PostgreSQL store for postgres, on the app pool', async () => {
    const module = await Test.createTestingModule({ imports: [InfrastructureModule.register(options({ eventStore: { kind: 'postgres' } }))] }).compile();
    try {
      const store = module.get<EventStore>(EVENT_STORE);
      expect(store).toBeInstanceOf(PostgresEventStore);
      expect(await store.headPosition()).toBeNull();
    } finally {
      await module.close();
    }
  });

  it('fails to start when EventStoreDB cannot be reached, naming EVENTSTORE_CONNECTION_STRING', async () => {
    const port = await closedPort();
    const connectionString = `esdb://ledger:secret@127.0.0.1:${port}?tls=false`;
    const compiling = Test.createTestingModule({ imports: [InfrastructureModule.register(options({ eventStore: { kind: 'eventstoredb', connectionString } }))] }).compile();
    await expect(compiling).rejects.toThrow(`Could not reach EventStoreDB at EVENTSTORE_CONNECTION_STRING (esdb://***@127.0.0.1:${port}?tls=false)`);
  });

});
