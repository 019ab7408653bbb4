import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { checkLedger } from './checks.js';
import type { CommandOutcome } from './client.js';

/** The drills' own check must catch what it is there to catch: a lost, a duplicated and a misplaced command. */
describe('checkLedger (the crash drills’ exactly-once check)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_drill_checks');
    store = new PostgresEventStore(database.pool);
  }, 30_000);

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  const event = (key: string): NewEvent => ({
    eventId: randomUUID(),
    type: 'DrillProbe',
    schemaVersion: 1,
    data: { key },
    metadata: { actor: { userId: 'drill', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: key },
  });

  const succeeded = (key: string, position: bigint, events = 1): CommandOutcome => ({
    key,
    path: '/probe',
    result: 'succeeded',
    attempts: 1,
    answer: { id: key, streamId: `probe-${key}`, position: position.toString(), events: Array.from({ length: events }, () => 'DrillProbe') },
  });

  it('passes commands stored once, and finds a lost one, a duplicated one and an answer pointing at another event', async () => {
    const once = await store.append('probe-once', [event('once')], { expectedVersion: 'no-stream' });
    const twice = await store.append('probe-twice', [event('twice')], { expectedVersion: 'no-stream' });
    await store.append('probe-twice-again', [event('twice')], { expectedVersion: 'no-stream' });
    const elsewhere = await store.append('probe-elsewhere', [event('elsewhere')], { expectedVersion: 'no-stream' });
    await store.append('probe-unacknowledged', [event('unacknowledged')], { expectedVersion: 'no-stream' });

    const check = await checkLedger(database.pool, [
      succeeded('once', once.lastPosition),
      succeeded('twice', twice.lastPosition),
      succeeded('lost', once.lastPosition),
      succeeded('elsewhere', elsewhere.lastPosition + 100n),
      { key: 'refused', path: '/probe', result: 'refused', attempts: 1, refusal: { status: 409, body: '' } },
    ]);

    expect(check).toEqual({ events: 5, lost: ['lost', 'elsewhere'], duplicated: ['twice'], storedUnacknowledged: 1 });
  });
});
