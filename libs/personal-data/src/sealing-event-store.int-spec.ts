import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createPool } from '@trust/database';
import { PostgresEventStore, verifyHashChain, type EventStore, type NewEvent, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { describeEventStoreContract } from '../../event-store/src/contract/event-store.contract.js';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store.js';
import { SealingEventStore } from './sealing-event-store.js';
import type { SubjectKey, SubjectKeyStore, SubjectName } from './subject-key-store.js';
import { ERASED } from './sealing/sealed-value.js';

// Sealing is invisible to whoever uses the store: the same contract as the store underneath.
describeEventStoreContract('PostgreSQL, sealing personal data', async () => {
  const database = await createTestDatabase('til_es_sealed');
  const masterKey = randomBytes(32);
  const clients: { store: EventStore; pool: pg.Pool }[] = [];
  return {
    async connect() {
      const pool = createPool({ url: database.url, max: 4 });
      const store = new SealingEventStore(new PostgresEventStore(pool, { listenUrl: database.url }), new PostgresSubjectKeyStore(pool, masterKey));
      clients.push({ store, pool });
      return store;
    },
    async teardown() {
      for (const client of clients) {
        await client.store.close();
        await client.pool.end();
      }
      await database.drop();
    },
  };
});

const actor = { userId: 'idir-1', role: 'improvement-director' };
const event = (type: string, data: Record<string, unknown>): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: { actor, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
});

async function all(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const read: RecordedEvent[] = [];
  for await (const one of events) read.push(one);
  return read;
}

describe('SealingEventStore: personal data sealed at rest, erased by destroying a key', () => {
  let database: TestDatabase;
  let store: SealingEventStore;
  let keys: PostgresSubjectKeyStore;
  const registered = { staffId: 'st-41', name: 'Priya Nair', employerAcademyId: '141023', role: 'teacher', areas: ['maths'], otherAreas: ['Chess club'], registeredOn: '2025-01-10' };

  beforeAll(async () => {
    database = await createTestDatabase('til_sealing');
    keys = new PostgresSubjectKeyStore(database.pool, randomBytes(32));
    store = new SealingEventStore(new PostgresEventStore(database.pool), keys);
    await store.append('expertise-st-41', [event('ExpertiseRegistered', registered)], { expectedVersion: 'no-stream' });
    await store.append('expertise-st-41', [event('ExpertiseWithdrawn', { staffId: 'st-41', reason: 'Left the trust', withdrawnOn: '2025-07-20' })], { expectedVersion: 0 });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('stores no personal data in the clear, and every read path opens it', async () => {
    const { rows } = await database.pool.query<{ data: unknown }>('SELECT data FROM events ORDER BY position');
    const stored = JSON.stringify(rows);
    for (const secret of ['Priya', 'Chess', 'Left the trust']) expect(stored).not.toContain(secret);
    expect(stored).toContain('st-41');
    const [first] = await all(store.readStream('expertise-st-41'));
    expect(first!.data).toEqual(registered);
    expect((await all(store.readAll()))[1]!.data).toMatchObject({ reason: 'Left the trust' });
    expect((await store.readEventAt(1n))!.data).toEqual(registered);
  });

  it('shows [erased] for the subject\'s fields once their key is destroyed, everything else as it was, and the hash chain still holds', async () => {
    await keys.destroy('staff:st-41', new Date('2026-01-05T10:00:00Z'));
    const [first, second] = await all(store.readStream('expertise-st-41'));
    expect(first!.data).toEqual({ ...registered, name: ERASED });
    expect(second!.data).toMatchObject({ staffId: 'st-41', reason: 'Left the trust' });
    expect(await verifyHashChain(database.pool)).toMatchObject({ firstMismatch: null, verified: 2 });
  });

  it('keeps nothing new about an erased subject', async () => {
    await store.append('expertise-st-41', [event('ExpertiseUpdated', { ...registered, updatedOn: '2026-02-01', registeredOn: undefined })], { expectedVersion: 1 });
    const { rows } = await database.pool.query<{ data: { name: string } }>("SELECT data FROM events WHERE type = 'ExpertiseUpdated'");
    expect(rows[0]!.data.name).toBe(ERASED);
  });
});

/** The real key store, whose database "goes away" for the first `outages` look-ups (as in a PostgreSQL restart). */
class KeysThroughOutages implements SubjectKeyStore {
  lookUps = 0;
  constructor(
    private readonly keys: SubjectKeyStore,
    private outages: number,
  ) {}
  keysForSealing(subjects: readonly SubjectName[]): Promise<Map<SubjectName, Buffer | null>> {
    return this.keys.keysForSealing(subjects);
  }
  async keysForOpening(subjects: readonly SubjectName[]): Promise<Map<SubjectName, SubjectKey>> {
    this.lookUps += 1;
    if (this.outages > 0) {
      this.outages -= 1;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    }
    return this.keys.keysForOpening(subjects);
  }
  destroy(subject: SubjectName, at: Date): Promise<{ destroyedAt: Date; already: boolean } | null> {
    return this.keys.destroy(subject, at);
  }
  liveSubjects(prefix: string, page: { after?: SubjectName; limit: number }): Promise<SubjectName[]> {
    return this.keys.liveSubjects(prefix, page);
  }
}

describe('SealingEventStore: a subscription through the keys\' database going away', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_sealing_outage');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('keeps following, opening the batch once the keys answer again, and passes nothing unopened', async () => {
    const keys = new KeysThroughOutages(new PostgresSubjectKeyStore(database.pool, randomBytes(32)), 2);
    const store = new SealingEventStore(new PostgresEventStore(database.pool), keys);
    await store.append('expertise-st-7', [event('ExpertiseRegistered', { staffId: 'st-7', name: 'Ana Reis', employerAcademyId: null, role: 'teacher', areas: ['maths'], otherAreas: [], registeredOn: '2025-01-10' })], { expectedVersion: 'no-stream' });
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ after: null, onEvents: async (events) => void seen.push(...events) });
    await waitUntil(async () => seen.length === 1, { message: 'the event to be delivered' });
    expect(seen[0]!.data).toMatchObject({ name: 'Ana Reis' });
    expect(keys.lookUps).toBe(3);
    await subscription.stop();
    await subscription.stopped;
  });

  it('given several subscriptions caught up together, then a page they all ask for is opened once for all of them, with one look-up of its keys', async () => {
    const keys = new KeysThroughOutages(new PostgresSubjectKeyStore(database.pool, randomBytes(32)), 0);
    const store = new SealingEventStore(new PostgresEventStore(database.pool), keys);
    const head = (await store.headPosition()) ?? 0n;
    await store.append('expertise-st-8', [event('ExpertiseRegistered', { staffId: 'st-8', name: 'Ola Berg', employerAcademyId: null, role: 'teacher', areas: ['maths'], otherAreas: [], registeredOn: '2025-01-10' })], { expectedVersion: 'no-stream' });
    const before = keys.lookUps;
    // Three read models at the same checkpoint, started together: all ask for the page after it at once.
    const seen: RecordedEvent[][] = [[], [], []];
    const subscriptions = seen.map((into) => store.subscribeToAll({ after: head, onEvents: async (events) => void into.push(...events) }));
    try {
      await waitUntil(async () => seen.every((into) => into.length === 1), { message: 'the event to reach every subscription' });
      expect(seen.map((into) => into[0]!.data['name'])).toEqual(['Ola Berg', 'Ola Berg', 'Ola Berg']);
      expect(keys.lookUps - before).toBe(1);
    } finally {
      for (const subscription of subscriptions) await subscription.stop();
    }
  });
});
