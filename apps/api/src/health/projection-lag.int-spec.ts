import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { projectionLags } from './projection-lag.js';

function newEvent(type: string): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: {},
    metadata: { actor: { userId: 'tester', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
  };
}

describe('projection lag on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createTestDatabase('til_lag');
    store = new PostgresEventStore(database.pool);
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('counts the events behind the head and the seconds between the event at the checkpoint and the head event', async () => {
    expect(await projectionLags(store, [0n])).toEqual([{ behind: '0', lagSeconds: 0 }]);

    for (let i = 0; i < 4; i++) await store.append(`stream-${i}`, [newEvent('A'), newEvent('B')], { expectedVersion: 'no-stream' });
    const log: RecordedEvent[] = [];
    for await (const event of store.readAll()) log.push(event);
    const seconds = (from: RecordedEvent | undefined): number => ((log[7]?.recordedAt.getTime() ?? NaN) - (from?.recordedAt.getTime() ?? NaN)) / 1000;

    expect(await projectionLags(store, [8n, 5n, 1n, 0n])).toEqual([
      { behind: '0', lagSeconds: 0 },
      { behind: '3', lagSeconds: seconds(log[4]) },
      { behind: '7', lagSeconds: seconds(log[0]) },
      { behind: '8', lagSeconds: seconds(log[0]) },
    ]);
  });
});
