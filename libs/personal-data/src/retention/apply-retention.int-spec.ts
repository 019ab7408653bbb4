import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_RETENTION_SCHEDULE, domainEventCodec, type DomainEvent, type RetentionEvent } from '@trust/domain';
import { PostgresEventStore, verifyHashChain, type NewEvent, type RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { PostgresSubjectKeyStore } from '../postgres-subject-key-store.js';
import { SealingEventStore } from '../sealing-event-store.js';
import { ERASED } from '../sealing/sealed-value.js';
import { applyRetention, type RetentionDependencies } from './apply-retention.js';

const actor = { userId: 'idir-1', role: 'improvement-director' };
const stored = (event: DomainEvent): NewEvent => ({
  eventId: randomUUID(),
  ...domainEventCodec.encode(event),
  metadata: { actor, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
});

const lead = { personId: 'hd-2', role: 'lead' as const };
/** Peer review visits: one in 2024/25 (kept three years, to 31 August 2028), one in 2025/26. */
const observed = (visitId: string, visitDate: string, observations: string[]): DomainEvent => ({
  type: 'VisitObservationsRecorded',
  data: { visitId, hostAcademyId: '141023', visitDate, recordedBy: lead, observations, recordedOn: visitDate },
});
const concern = (concernId: string, visitDate: string, text: string): DomainEvent => ({
  type: 'SafeguardingConcernFlagged',
  data: { concernId, visitId: 'v-old', hostAcademyId: '141023', visitDate, concern: text, raisedBy: lead, flaggedOn: visitDate },
});
const registered: DomainEvent = {
  type: 'ExpertiseRegistered',
  data: { staffId: 'st-41', name: 'Priya Nair', employerAcademyId: '141023', role: 'teacher', areas: ['maths-mastery'], otherAreas: ['Chess club'], registeredOn: '2001-01-10' },
};

async function all(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const read: RecordedEvent[] = [];
  for await (const one of events) read.push(one);
  return read;
}

describe('applyRetention: records past their retention erased, on the day by the clock', () => {
  let database: TestDatabase;
  let store: SealingEventStore;
  let keys: PostgresSubjectKeyStore;
  let today = new Date('2028-09-01T02:00:00Z');
  const rebuilds: string[] = [];
  let dependencies: RetentionDependencies;

  beforeAll(async () => {
    database = await createTestDatabase('til_retention');
    keys = new PostgresSubjectKeyStore(database.pool, randomBytes(32));
    store = new SealingEventStore(new PostgresEventStore(database.pool), keys);
    await store.append('peer-review-visit-v-1', [stored(observed('v-1', '2025-03-04', ['Strong phonics in Year 1, led by Mrs Patel']))], { expectedVersion: 'no-stream' });
    await store.append('peer-review-visit-v-2', [stored(observed('v-2', '2025-10-07', ['Reading corners in every class']))], { expectedVersion: 'no-stream' });
    await store.append('peer-review-visit-v-old', [stored(concern('c-1', '2002-11-12', 'A pupil, J., said ...')), stored(concern('c-2', '2020-11-12', 'Another concern'))], {
      expectedVersion: 'no-stream',
    });
    await store.append('expertise-st-41', [stored(registered)], { expectedVersion: 'no-stream' });
    // A key made per stream, as before categories named record keys: retention finds those too.
    await keys.keysForSealing(['record:aim-a-legacy:2020/21']);
    dependencies = {
      store,
      keys,
      clock: () => today,
      schedule: DEFAULT_RETENTION_SCHEDULE,
      rebuildReadModels: async () => {
        rebuilds.push(today.toISOString());
        return [{ projection: 'audit-trail', jobId: `rebuild-${rebuilds.length}` }];
      },
    };
  });
  afterAll(async () => {
    await database.drop();
  });

  it('erases the records whose retention ended, records what it did, and queues the rebuilds', async () => {
    const outcome = await applyRetention(dependencies, { runId: 'run-1' });
    expect(outcome).toMatchObject({
      runOn: '2028-09-01',
      streamId: 'retention-2028-09-01',
      erased: 3,
      byCategory: { 'aim-meetings': 1, 'peer-reviews': 1, 'safeguarding-concerns': 1 },
      rebuildJobs: [{ projection: 'audit-trail', jobId: 'rebuild-1' }],
    });
    // Looked at: the legacy AIM key, the peer reviews' keys of 2024/25 and 2025/26, and the one concern old enough to be due.
    expect(outcome.checked).toBe(4);
    const applied = await all(store.readStream('retention-2028-09-01'));
    expect(applied.map((event) => domainEventCodec.decode(event) as RetentionEvent).flatMap((event) => event.data.erased)).toEqual([
      { key: 'record:aim-a-legacy:2020/21', category: 'aim-meetings', academicYear: '2020/21', years: 6, keptUntil: '2027-08-31' },
      { key: 'records:peer-reviews:2024/25', category: 'peer-reviews', academicYear: '2024/25', years: 3, keptUntil: '2028-08-31' },
      { key: 'safeguarding-concern:c-1', category: 'safeguarding-concerns', academicYear: '2002/03', years: 25, keptUntil: '2028-08-31' },
    ]);
    for (const event of applied) expect([event.data['runOn'], event.metadata.actor]).toEqual(['2028-09-01', { userId: 'retention-schedule', role: 'system' }]);
    expect(outcome.position).toBe(applied.at(-1)!.position.toString());
  });

  it('shows [erased] for what was erased, and everything else as it was', async () => {
    const data = async (streamId: string): Promise<Record<string, unknown>[]> => (await all(store.readStream(streamId))).map((event) => event.data);
    expect(await data('peer-review-visit-v-1')).toEqual([expect.objectContaining({ observations: [ERASED], visitDate: '2025-03-04' })]);
    expect(await data('peer-review-visit-v-2')).toEqual([expect.objectContaining({ observations: ['Reading corners in every class'] })]);
    expect(await data('peer-review-visit-v-old')).toEqual([expect.objectContaining({ concernId: 'c-1', concern: ERASED }), expect.objectContaining({ concernId: 'c-2', concern: 'Another concern' })]);
    // The database of expertise is about no academic year: kept while offered, erased with the person.
    expect(await keys.liveSubjects('record:expertise-', { limit: 5 })).toEqual(['record:expertise-st-41:undated']);
    expect(await data('expertise-st-41')).toEqual([expect.objectContaining({ name: 'Priya Nair', otherAreas: ['Chess club'] })]);
    expect(await verifyHashChain(database.pool)).toMatchObject({ firstMismatch: null });
  });

  it('does nothing more when run again the same day', async () => {
    const applied = (await all(store.readStream('retention-2028-09-01'))).length;
    const outcome = await applyRetention(dependencies, { runId: 'run-2' });
    expect(outcome).toMatchObject({ erased: 0, position: null, rebuildJobs: [] });
    expect(await all(store.readStream('retention-2028-09-01'))).toHaveLength(applied);
  });

  it('finishes a run that stopped after recording but before destroying a key', async () => {
    // The record of 2025/26 is due on 1 September 2029: record it as a run would, then stop.
    today = new Date('2029-09-01T02:00:00Z');
    const due = { key: 'records:peer-reviews:2025/26', category: 'peer-reviews' as const, academicYear: '2025/26' };
    const { retentionDecider } = await import('@trust/domain');
    const [event] = retentionDecider.decide({ type: 'ApplyRetention', runOn: '2029-09-01', schedule: DEFAULT_RETENTION_SCHEDULE, records: [due] }, retentionDecider.initialState(), { now: today });
    await store.append('retention-2029-09-01', [stored(event!)], { expectedVersion: 'no-stream' });
    const outcome = await applyRetention(dependencies, { runId: 'run-3' });
    expect(outcome).toMatchObject({ erased: 1, byCategory: { 'peer-reviews': 1 }, position: null });
    expect(await all(store.readStream('retention-2029-09-01'))).toHaveLength(1);
    expect((await all(store.readStream('peer-review-visit-v-2')))[0]!.data).toMatchObject({ observations: [ERASED] });
  });
});
