import { withTransaction } from '@trust/database';
import { academicYearOf, aimDecider, improvementPlanDecider, improvementPlanLookUp, type AimCommand, type AimEvent, type AimState, type DomainEvent, type SupportTier } from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { ProjectionRunner, waitForCheckpoint } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { COMPLIANCE_PROJECTION, complianceProjection } from './compliance.projection.js';
import { complianceOf } from './compliance.queries.js';
import { tierAssigned } from '../test-support/tier-assigned.js';
import { recordedEvent, storedEvent as stored } from '../test-support/stored-events.js';

const registered = (academyId: string, joinedOn = '2019-09-01'): DomainEvent => ({
  type: 'AcademyRegistered',
  data: { academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn, predecessorUrns: [] },
});
const decided = (academyId: string, academicYear: string, tier: SupportTier, decisionId = `${academyId}-${academicYear}-${tier}`): DomainEvent =>
  tierAssigned({ academyId, academicYear, tier, decisionId });
const visit = (academyId: string, visitedOn: string): DomainEvent => ({ type: 'SipVisitRecorded', data: { academyId, sipId: 'sip-1', visitedOn, reportSummary: 'Report.' } });
const review = (academyId: string, term: 'autumn' | 'spring' | 'summer', completedOn: string): DomainEvent => ({
  type: 'CommissionedReviewCompleted',
  data: { academyId, academicYear: '2024/25', term, completedOn, summary: 'Review.', commitmentId: null },
});
const coreDay = (academyId: string, days: number): DomainEvent => ({
  type: 'CoreDayLogged',
  data: { academyId, academicYear: '2024/25', deliveredOn: '2024-10-01', days, description: 'Academy Improvement Meeting', commitmentId: null },
});

/** An AIM scheduled and then held, through the domain's own decider: the events the AIM routes store. */
function meeting(aimId: string, academyId: string, date: string, format: 'one-day' | 'one-and-a-half-day', held = true): AimEvent[] {
  const decide = (command: AimCommand, state: AimState, now: string): AimEvent[] => aimDecider.decide(command, state, { now: new Date(`${now}T18:00:00Z`) });
  const scheduled = decide({ type: 'ScheduleAim', aimId, academyId, date, format }, aimDecider.initialState(), date);
  if (!held) return scheduled;
  const state = scheduled.reduce(aimDecider.evolve, aimDecider.initialState());
  const outcome = decide(
    {
      type: 'HoldAim',
      aimId,
      heldOn: date,
      attendees: [
        { name: 'Dee Director', role: 'improvement-director', chair: true },
        { name: 'Hal Head', role: 'headteacher' },
      ],
      judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Secure.' }],
      priorities: [{ priority: 'Early reading', rag: 'amber' }],
      nextSteps: ['Phonics audit'],
      plan: improvementPlanLookUp(improvementPlanDecider.initialState(), academyId, academicYearOf(date)),
    },
    state,
    date,
  );
  return [...scheduled, ...outcome];
}

describe('compliance projection against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_compliance');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  function record(...events: DomainEvent[]): RecordedEvent[] {
    return events.map((event) => recordedEvent(event, nextPosition++));
  }

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => complianceProjection.apply(client, events));
  }

  it('answers as of a position, in one batch: the tier and visits known then; on a date: the academies joined by then', async () => {
    await apply(record(registered('140001'), decided('140001', '2024/25', 1), visit('140001', '2024-10-15'), decided('140001', '2024/25', 2, 'revision'), registered('140002', '2025-06-01')));
    const summary = async (at: { position: bigint | null; on: string | null }): Promise<[string, SupportTier | null, number][]> =>
      (await complianceOf(database.pool, '2024/25', at)).academies.map((entry) => [entry.academyId, entry.tier, entry.sipVisits.held]);

    expect(await summary({ position: 0n, on: null })).toEqual([]);
    expect(await summary({ position: 1n, on: null })).toEqual([['140001', null, 0]]);
    expect(await summary({ position: 3n, on: null })).toEqual([['140001', 1, 1]]);
    expect(await summary({ position: null, on: null })).toEqual([
      ['140001', 2, 1],
      ['140002', null, 0],
    ]);
    expect(await summary({ position: null, on: '2025-01-31' })).toEqual([['140001', 2, 1]]);
  });

  const history = (): DomainEvent[] => [
    registered('140001'),
    registered('140002'),
    registered('140003', '2025-06-01'),
    decided('140001', '2024/25', 1),
    decided('140002', '2024/25', 2),
    decided('140002', '2024/25', 3, 'revision'),
    visit('140001', '2024-10-15'),
    visit('140002', '2024-10-16'),
    visit('140002', '2025-02-03'),
    visit('140002', '2023-06-01'),
    review('140002', 'autumn', '2024-11-20'),
    coreDay('140001', 1),
    coreDay('140001', 0.5),
  ];

  it("gives each academy that had joined by the year's end its tier, what the tier requires and what was held", async () => {
    await apply(record(...history()));

    const answer = await complianceOf(database.pool, '2024/25');
    expect(answer.academicYear).toBe('2024/25');
    expect(answer.academies).toEqual([
      {
        academyId: '140001',
        name: 'Academy 140001',
        tier: 1,
        decisionId: '140001-2024/25-1',
        sipVisits: { required: 1, held: 1 },
        reviews: { required: 1, cadence: 'annual', held: 0 },
        aims: { expected: 3, held: 0 },
        coreDays: { entitled: 6, used: 1.5 },
        supportPackage: { lead: expect.objectContaining({ name: 'Academy Led' }) as unknown, trustSupport: expect.arrayContaining([expect.stringContaining('Trust network group')]) as unknown },
        improvementStrategy: null,
        committedSupport: { planned: { coreDays: 0, developmentDays: 0, reviews: 0 }, delivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, commitments: [] },
      },
      {
        academyId: '140002',
        name: 'Academy 140002',
        tier: 3,
        decisionId: 'revision',
        sipVisits: { required: 3, held: 2 },
        reviews: { required: 3, cadence: 'termly', held: 1 },
        aims: { expected: 3, held: 0 },
        coreDays: { entitled: 6, used: 0 },
        supportPackage: { lead: expect.objectContaining({ name: 'Trust Led' }) as unknown, trustSupport: expect.any(Array) as unknown },
        improvementStrategy: null,
        committedSupport: { planned: { coreDays: 0, developmentDays: 0, reviews: 0 }, delivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, commitments: [] },
      },
      {
        academyId: '140003',
        name: 'Academy 140003',
        tier: null,
        decisionId: null,
        sipVisits: { required: null, held: 0 },
        reviews: { required: null, cadence: null, held: 0 },
        aims: { expected: 3, held: 0 },
        coreDays: { entitled: 6, used: 0 },
        supportPackage: null,
        improvementStrategy: null,
        committedSupport: { planned: { coreDays: 0, developmentDays: 0, reviews: 0 }, delivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, commitments: [] },
      },
    ]);
    expect((await complianceOf(database.pool, '2022/23')).academies.map((academy) => academy.academyId)).toEqual(['140001', '140002']);
    expect((await complianceOf(database.pool, '2022/23')).academies[1]?.sipVisits).toEqual({ required: null, held: 1 });
  });

  it('given the same events applied again, in a later batch or twice in one batch, then nothing changes', async () => {
    const events = record(...history());
    await apply(events);
    const before = await complianceOf(database.pool, '2024/25');
    const rows = async (): Promise<unknown[]> => [
      ...(await database.pool.query<Record<string, unknown>>('SELECT * FROM compliance_years ORDER BY academy_id, academic_year, valid_from')).rows,
      ...(await database.pool.query<Record<string, unknown>>('SELECT * FROM compliance_facts ORDER BY fact_id, valid_from')).rows,
    ];
    const rowsBefore = await rows();

    await apply(events);
    await apply([...events, ...events]);
    await apply(events.slice(6, 9));

    expect(await complianceOf(database.pool, '2024/25')).toEqual(before);
    expect(await rows()).toEqual(rowsBefore);
  });

  it('given events one at a time, then the answer is the one a single batch gives', async () => {
    for (const event of record(...history())) await apply([event]);
    const apart = await complianceOf(database.pool, '2024/25');
    await database.pool.query('TRUNCATE compliance_years, compliance_academies, compliance_facts');
    nextPosition = 1n;
    await apply(record(...history()));
    expect(await complianceOf(database.pool, '2024/25')).toEqual(apart);
  });

  describe('cut at a date (on) and as recorded (asOf)', () => {
    const year = (): DomainEvent[] => [
      registered('140001'),
      decided('140001', '2024/25', 2),
      visit('140001', '2024-10-16'),
      ...meeting('aim-autumn', '140001', '2024-11-05', 'one-day'),
      review('140001', 'autumn', '2024-12-10'),
      coreDay('140001', 0.5),
      visit('140001', '2025-02-03'),
      ...meeting('aim-spring', '140001', '2025-03-12', 'one-and-a-half-day'),
      ...meeting('aim-summer', '140001', '2025-06-18', 'one-day', false),
    ];
    type Counts = { tier: SupportTier | null; sipVisits: number; reviews: number; aims: number; coreDays: number };
    const counts = async (at: { position: bigint | null; on: string | null }): Promise<Counts | undefined> => {
      const entry = (await complianceOf(database.pool, '2024/25', at)).academies[0];
      return entry === undefined
        ? undefined
        : { tier: entry.tier, sipVisits: entry.sipVisits.held, reviews: entry.reviews.held, aims: entry.aims.held, coreDays: entry.coreDays.used };
    };

    it('counts the AIMs held (not those only scheduled) and their days toward the core days, by format', async () => {
      await apply(record(...year()));
      const [entry] = (await complianceOf(database.pool, '2024/25')).academies;
      expect(entry?.aims).toEqual({ expected: 3, held: 2 });
      // 1 (one-day AIM) + 1.5 (one-and-a-half-day AIM) + 0.5 logged.
      expect(entry?.coreDays).toEqual({ entitled: 6, used: 3 });
    });

    it("given on, counts only the visits, reviews, AIMs and core days dated on or before it, and the tier once the year has begun", async () => {
      await apply(record(...year()));
      expect(await counts({ position: null, on: null })).toEqual({ tier: 2, sipVisits: 2, reviews: 1, aims: 2, coreDays: 3 });
      expect(await counts({ position: null, on: '2025-03-11' })).toEqual({ tier: 2, sipVisits: 2, reviews: 1, aims: 1, coreDays: 1.5 });
      expect(await counts({ position: null, on: '2024-12-31' })).toEqual({ tier: 2, sipVisits: 1, reviews: 1, aims: 1, coreDays: 1.5 });
      expect(await counts({ position: null, on: '2024-11-05' })).toEqual({ tier: 2, sipVisits: 1, reviews: 0, aims: 1, coreDays: 1.5 });
      expect(await counts({ position: null, on: '2024-09-30' })).toEqual({ tier: 2, sipVisits: 0, reviews: 0, aims: 0, coreDays: 0 });
      // Before 1 September the year's decision is not yet in force and nothing of the year has happened.
      expect(await counts({ position: null, on: '2024-08-31' })).toEqual({ tier: null, sipVisits: 0, reviews: 0, aims: 0, coreDays: 0 });
      expect(await counts({ position: null, on: '2019-08-31' })).toBeUndefined();
    });

    it('given asOf and on together, answers what was true on the date by what was known at the position', async () => {
      const events = record(...year());
      await apply(events);
      const afterAutumnAim = events.findIndex((event) => event.type === 'AimHeld') + 1;
      // Known by the autumn AIM: one visit and the AIM; on 31 October only the visit.
      expect(await counts({ position: BigInt(afterAutumnAim), on: null })).toEqual({ tier: 2, sipVisits: 1, reviews: 0, aims: 1, coreDays: 1 });
      expect(await counts({ position: BigInt(afterAutumnAim), on: '2024-10-31' })).toEqual({ tier: 2, sipVisits: 1, reviews: 0, aims: 0, coreDays: 0 });
      expect(await counts({ position: BigInt(afterAutumnAim - 1), on: '2025-07-31' })).toEqual({ tier: 2, sipVisits: 1, reviews: 0, aims: 0, coreDays: 0 });
      // A visit recorded late (in March) about October counts on 31 October only as known after it was recorded.
      const late = record(visit('140001', '2024-10-30'));
      await apply(late);
      const lateAt = late[0]?.position ?? 0n;
      expect(await counts({ position: lateAt - 1n, on: '2024-10-31' })).toMatchObject({ sipVisits: 1 });
      expect(await counts({ position: lateAt, on: '2024-10-31' })).toMatchObject({ sipVisits: 2 });
      expect(await counts({ position: null, on: '2024-10-31' })).toMatchObject({ sipVisits: 2 });
    });

    it('given the AIM events applied again, one at a time or twice in one batch, then each meeting counts once', async () => {
      const events = record(...year());
      for (const event of events) await apply([event]);
      await apply([...events, ...events]);
      expect(await counts({ position: null, on: null })).toEqual({ tier: 2, sipVisits: 2, reviews: 1, aims: 2, coreDays: 3 });
      const { rows } = await database.pool.query<{ kind: string; n: number }>(`SELECT kind, count(*)::int AS n FROM compliance_facts GROUP BY kind ORDER BY kind`);
      expect(rows).toEqual([
        { kind: 'aim-held', n: 2 },
        { kind: 'commissioned-review', n: 1 },
        { kind: 'core-day', n: 1 },
        { kind: 'sip-visit', n: 2 },
      ]);
    });
  });

  it('keeps compliance up to date from the event store through the projection runner', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    const runner = new ProjectionRunner({ store, pool: database.pool, projections: [complianceProjection] });
    try {
      await runner.start();
      await store.append('academy-140001', [registered('140001'), visit('140001', '2024-10-15')].map(stored), { expectedVersion: 'any' });
      await store.append('core-days-140001-2024-25', [coreDay('140001', 2)].map(stored), { expectedVersion: 'any' });
      const { lastPosition } = await store.append('aim-aim-1', meeting('aim-1', '140001', '2024-11-05', 'one-and-a-half-day').map(stored), { expectedVersion: 'no-stream' });
      expect(await waitForCheckpoint(database.pool, [COMPLIANCE_PROJECTION], lastPosition, 10_000)).toBe(true);
      expect((await complianceOf(database.pool, '2024/25')).academies).toEqual([
        expect.objectContaining({ academyId: '140001', sipVisits: { required: null, held: 1 }, aims: { expected: 3, held: 1 }, coreDays: { entitled: 6, used: 3.5 } }),
      ]);
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});
