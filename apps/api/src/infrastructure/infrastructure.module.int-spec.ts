import { createServer } from 'node:net';
import { Test } from '@nestjs/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@trust/event-store';
import { SealingEventStore } from '@trust/personal-data';
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

function probeEvent(): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'Probed',
    schemaVersion: 1,
    data: {},
    metadata: { actor: { userId: 'probe', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
  };
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
    masterKey: randomBytes(32),
    settings: { readModelWaitMs: 100, idempotencyWaitMs: 100, idempotencyLeaseMs: 1_000, readinessMaxLagSeconds: 60 },
    ...overrides,
  });

  it('builds the PostgreSQL store for postgres, on the app pool, sealing personal data', async () => {
    const module = await Test.createTestingModule({ imports: [InfrastructureModule.register(options({ eventStore: { kind: 'postgres' } }))] }).compile();
    try {
      const store = module.get<EventStore>(EVENT_STORE);
      expect(store).toBeInstanceOf(SealingEventStore);
      expect(await store.headPosition()).toBeNull();
      await store.append('infra-probe-1', [probeEvent()], { expectedVersion: 'no-stream' });
      const { rows } = await database.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM events WHERE stream_id = 'infra-probe-1'`);
      expect(rows[0]?.count).toBe(1);
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
