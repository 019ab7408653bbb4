import { randomBytes, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import {
  addDays,
  aimDecider,
  aimStreamId,
  domainEventCodec,
  isoDateOf,
  isSchoolDay,
  parseIsoDate,
  peerReviewGroupStreamId,
  peerReviewVisitStreamId,
  type AimCommand,
  type DomainEvent,
  type IsoDate,
} from '@trust/domain';
import { handleCommand, PostgresEventStore, type EventMetadata } from '@trust/event-store';
import { BullMqJobQueue, type JobQueue } from '@trust/jobs';
import { applyProjectionBatch, rebuildProjection } from '@trust/projection-runner';
import { aimsProjection, findAim } from '@trust/projections';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import { DEADLINE_ACTOR, runDeadlineCheck } from './deadline-check.js';
import { deadlineJobId, type DeadlineCheckData } from './deadline.js';
import { DeadlineReactor } from './deadline-reactor.js';

const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const unique = (): string => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

const director: EventMetadata = { actor: { userId: 'dee', role: 'improvement-director' }, correlationId: 'test', causationId: 'test', idempotencyKey: null };

/** The first school day at least a week from today (London): an AIM "next week". */
function nextWeek(): IsoDate {
  let date = addDays(parseIsoDate(isoDateOf(new Date()), 'today'), 7);
  while (!isSchoolDay(date)) date = addDays(date, 1);
  return date;
}

/** Noon UTC of a date: a clock for running a check on that day. */
const noonOf = (date: string): (() => Date) => () => new Date(`${date}T12:00:00Z`);

describe('deadline reactor against PostgreSQL, the event store and BullMQ', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let prefix: string;
  let jobName: string;
  const queues: JobQueue[] = [];
  const reactors: DeadlineReactor[] = [];

  beforeEach(async () => {
    database = await createTestDatabase('til_deadlines');
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    prefix = `til-deadlines-test-${unique()}`;
    jobName = `deadline-check-${unique()}`;
  });

  afterEach(async () => {
    await Promise.all(reactors.splice(0).map((reactor) => reactor.stop()));
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    await obliterate();
    await store.close();
    await database.drop();
  });

  async function queue(): Promise<JobQueue> {
    const jobs = await BullMqJobQueue.connect({ url: redisUrl, prefix });
    queues.push(jobs);
    return jobs;
  }

  /** Deletes this test's queue (only its own: a unique prefix and job name) as if Redis had lost its data. */
  async function obliterate(): Promise<void> {
    const bull = new Queue(jobName, { connection: { url: redisUrl }, prefix });
    try {
      await bull.obliterate({ force: true });
    } finally {
      await bull.close();
    }
  }

  /** A worker start: a reactor on a fresh queue connection, caught up with the store. */
  async function startReactor(jobs?: JobQueue): Promise<{ reactor: DeadlineReactor; jobs: JobQueue }> {
    const queueUsed = jobs ?? (await queue());
    const reactor = new DeadlineReactor({ store, pool: database.pool, jobs: queueUsed, jobName });
    reactors.push(reactor);
    await reactor.start();
    await caughtUp(reactor);
    return { reactor, jobs: queueUsed };
  }

  async function caughtUp(reactor: DeadlineReactor): Promise<void> {
    const head = (await store.headPosition()) ?? 0n;
    await waitUntil(() => reactor.checkpoint >= head, { message: `the reactor to reach ${head}` });
  }

  async function aim(command: AimCommand): Promise<DomainEvent[]> {
    const handled = await handleCommand({
      store,
      streamId: aimStreamId(command.aimId),
      decider: aimDecider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: new Date() }),
      metadata: director,
    });
    return handled.events;
  }

  async function scheduleNextWeek(aimId: string): Promise<IsoDate> {
    const date = nextWeek();
    await aim({ type: 'ScheduleAim', aimId, academyId: '123456', date, format: 'one-day', focus: 'Early reading' });
    return date;
  }

  async function pending(): Promise<{ kind: string; subject_id: string; due_on: string; checked: boolean }[]> {
    const { rows } = await database.pool.query<{ kind: string; subject_id: string; due_on: string; checked: boolean }>(
      `SELECT kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, checked_at IS NOT NULL AS checked FROM pending_deadlines ORDER BY kind, subject_id`,
    );
    return rows;
  }

  async function streamTypes(streamId: string): Promise<string[]> {
    const types: string[] = [];
    for await (const event of store.readStream(streamId)) types.push(event.type);
    return types;
  }

  it('an AIM scheduled for next week with missing documents shows them overdue once its check has run', async () => {
    const date = await scheduleNextWeek('aim-next-week');
    const dueOn = addDays(date, -7);
    await aim({ type: 'SubmitAimDocument', aimId: 'aim-next-week', documentType: 'sef' });
    await aim({ type: 'SubmitAimDocument', aimId: 'aim-next-week', documentType: 'previous-aim-report', rag: 'green' });

    const { jobs } = await startReactor();
    expect(await pending()).toEqual([{ kind: 'aim-documents', subject_id: 'aim-next-week', due_on: dueOn, checked: false }]);
    const job = await jobs.get(deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-next-week', dueOn }));
    expect(job).toMatchObject({ state: 'delayed', name: jobName, data: { kind: 'aim-documents', subjectId: 'aim-next-week', dueOn } });

    // The job's handler, run directly on the due date rather than waited for.
    const result = await runDeadlineCheck(job?.data as DeadlineCheckData, { store, pool: database.pool, clock: noonOf(dueOn) });
    expect(result).toEqual({ streamId: 'aim-aim-next-week', events: ['AimDocumentsOverdue'], replayed: false });

    for await (const recorded of store.readStream('aim-aim-next-week')) await applyProjectionBatch(database.pool, aimsProjection, [recorded]);
    const view = await findAim(database.pool, 'aim-next-week');
    expect(view?.overdueDocuments).toEqual(['headteacher-report', 'improvement-plan', 'lgb-minutes', 'pupil-premium-strategy']);
    expect(view?.documents.find((document) => document.type === 'sef')).toMatchObject({ submitted: true, overdue: false });
    await caughtUp(reactors[0]!);
    expect(await pending()).toEqual([{ kind: 'aim-documents', subject_id: 'aim-next-week', due_on: dueOn, checked: true }]);
  });

  it('a retried or duplicated check records nothing twice', async () => {
    const dueOn = addDays(await scheduleNextWeek('aim-twice'), -7);
    const data: DeadlineCheckData = { kind: 'aim-documents', subjectId: 'aim-twice', dueOn };
    const first = await runDeadlineCheck(data, { store, pool: database.pool, clock: noonOf(dueOn) });
    const retried = await runDeadlineCheck(data, { store, pool: database.pool, clock: noonOf(dueOn) });
    expect(first.events).toEqual(['AimDocumentsOverdue']);
    expect(retried).toMatchObject({ events: ['AimDocumentsOverdue'], replayed: true });
    // A check without the job's key (one asked for by hand) finds each document already recorded overdue.
    const byHand = await handleCommand({
      store,
      streamId: aimStreamId('aim-twice'),
      decider: aimDecider,
      codec: domainEventCodec,
      command: { type: 'CheckAimDocuments', aimId: 'aim-twice', checkedOn: dueOn },
      context: () => ({ now: noonOf(dueOn)() }),
      metadata: { ...director, idempotencyKey: 'chase-by-hand' },
    });
    expect(byHand.events).toEqual([]);
    expect(await streamTypes('aim-aim-twice')).toEqual(['AimScheduled', 'AimDocumentsOverdue']);
    const overdue = [];
    for await (const recorded of store.readStream('aim-aim-twice')) if (recorded.type === 'AimDocumentsOverdue') overdue.push(recorded);
    expect(overdue[0]?.metadata).toMatchObject({ actor: DEADLINE_ACTOR, idempotencyKey: `deadline-check:aim-documents:aim-twice:${dueOn}` });
  });

  it('the same deadline scheduled twice is one job; after Redis loses the jobs, a worker start re-creates them from the pending table', async () => {
    const dueOn = addDays(await scheduleNextWeek('aim-lost'), -7);
    const jobId = deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-lost', dueOn });
    const { reactor, jobs } = await startReactor();
    expect(await reactor.schedulePending()).toBe(1);
    expect(await jobs.get(jobId)).toMatchObject({ state: 'delayed', attemptsMade: 0 });
    await reactor.stop();

    await obliterate();
    expect(await jobs.get(jobId)).toBeNull();

    const restarted = await startReactor();
    expect(await restarted.jobs.get(jobId)).toMatchObject({ state: 'delayed', data: { subjectId: 'aim-lost', dueOn } });
    await restarted.reactor.stop();

    // Lost again while the worker was down past the check's time: the next start runs it at once.
    await obliterate();
    await database.pool.query(`UPDATE pending_deadlines SET run_at = now() - interval '1 day'`);
    const late = await startReactor();
    expect(await late.jobs.get(jobId)).toMatchObject({ state: 'waiting' });
  });

  it('while it keeps running, the periodic sweep re-creates jobs Redis lost, without a restart', async () => {
    const dueOn = addDays(await scheduleNextWeek('aim-swept'), -7);
    const jobId = deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-swept', dueOn });
    const jobs = await queue();
    const reactor = new DeadlineReactor({ store, pool: database.pool, jobs, jobName, sweepEveryMs: 100 });
    reactors.push(reactor);
    await reactor.start();
    await caughtUp(reactor);
    await waitUntil(async () => (await jobs.get(jobId)) !== null, { message: 'the first job' });

    await obliterate();
    await waitUntil(async () => (await jobs.get(jobId))?.state === 'delayed', { timeoutMs: 5_000, message: 'the sweep to re-create the job' });
  });

  it('rescheduling moves the deadline: a job for the new due date, and the old one finds nothing to record', async () => {
    const date = await scheduleNextWeek('aim-moved');
    const { reactor, jobs } = await startReactor();
    let later = addDays(date, 7);
    while (!isSchoolDay(later)) later = addDays(later, 1);
    await aim({ type: 'RescheduleAim', aimId: 'aim-moved', date: later, reason: 'Inspection that week' });
    await caughtUp(reactor);

    const newDue = addDays(later, -7);
    expect(await pending()).toEqual([{ kind: 'aim-documents', subject_id: 'aim-moved', due_on: newDue, checked: false }]);
    expect(await jobs.get(deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-moved', dueOn: newDue }))).toMatchObject({ state: 'delayed' });
    const oldDue = addDays(date, -7);
    const stale = await runDeadlineCheck({ kind: 'aim-documents', subjectId: 'aim-moved', dueOn: oldDue }, { store, pool: database.pool, clock: noonOf(oldDue) });
    expect(stale.events).toEqual([]);
    expect(await pending()).toEqual([{ kind: 'aim-documents', subject_id: 'aim-moved', due_on: newDue, checked: false }]);
  });

  it('a recorded peer review visit whose report does not come is recorded overdue after the week', async () => {
    const visit = {
      visitId: 'visit-1', groupId: 'north', academicYear: '2024/25', hostAcademyId: '123456', hostHeadteacherId: 'oak-head', leadHeadteacherId: 'ash-head',
      reviewerIds: ['elm-head'], facilitatorUserId: null, visitDate: '2025-03-10', visitNumber: 1, focusDueOn: '2025-03-03', reportDueOn: '2025-03-17', scheduledOn: '2025-02-03',
    };
    const encode = (event: DomainEvent) => ({ eventId: randomUUID(), ...domainEventCodec.encode(event), metadata: director });
    await store.append(peerReviewGroupStreamId('north'), [
      encode({ type: 'PeerReviewGroupFormed', data: { groupId: 'north', name: 'North', academicYear: '2024/25', leadHeadteacherId: 'ash-head', members: [
        { headteacherId: 'oak-head', name: 'Oak', academyId: '123456' }, { headteacherId: 'ash-head', name: 'Ash', academyId: '123457' }, { headteacherId: 'elm-head', name: 'Elm', academyId: '123458' },
      ] } }),
      encode({ type: 'ReviewVisitScheduled', data: visit }),
    ], { expectedVersion: 'no-stream' });
    await store.append(peerReviewVisitStreamId('visit-1'), [
      encode({ type: 'ReviewVisitRecorded', data: { visitId: 'visit-1', hostAcademyId: '123456', visitDate: '2025-03-10', recordedBy: { personId: 'ht-lead', role: 'lead' }, observations: ['Calm corridors'], feedback: 'Strong start.', actionsForNextAim: [], recordedOn: '2025-03-10' } }),
    ], { expectedVersion: 'no-stream' });

    const { jobs } = await startReactor();
    expect(await pending()).toEqual([{ kind: 'peer-review-report', subject_id: 'visit-1', due_on: '2025-03-17', checked: false }]);
    const job = await jobs.get(deadlineJobId({ kind: 'peer-review-report', subjectId: 'visit-1', dueOn: '2025-03-17' }));
    expect(job?.data).toEqual({ kind: 'peer-review-report', subjectId: 'visit-1', groupId: 'north', dueOn: '2025-03-17' });
    // Recorded after its due date had passed: checked at the end of the day it was recorded.
    expect(job?.state).toBe('delayed');

    const result = await runDeadlineCheck(job?.data as DeadlineCheckData, { store, pool: database.pool });
    expect(result.events).toEqual(['PeerReviewReportOverdue']);
    expect(await streamTypes('peer-review-visit-visit-1')).toEqual(['ReviewVisitRecorded', 'PeerReviewReportOverdue']);
  });

  it('a projection rebuild schedules no job and touches no pending deadline', async () => {
    const dueOn = addDays(await scheduleNextWeek('aim-rebuilt'), -7);
    const jobs = await queue();
    const result = await rebuildProjection({ store, pool: database.pool, projection: aimsProjection });
    expect(result.events).toBeGreaterThan(0);
    expect(await findAim(database.pool, 'aim-rebuilt')).toMatchObject({ documentsDueOn: dueOn });
    expect(await jobs.get(deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-rebuilt', dueOn }))).toBeNull();
    expect(await pending()).toEqual([]);
  });
});
