import { withTransaction } from '@trust/database';
import { academyStreamId, type DomainEvent, type KpiName, type Term } from '@trust/domain';
import { PostgresEventStore, type NewEvent, type RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch, ProjectionRunner, readCheckpoints, recordFailure, waitForCheckpoint } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { allProjections } from '../index.js';
import type { AcademyCardView } from './academy-card.js';
import { ACADEMY_CARD_PROJECTION, academyCardProjection } from './academy-card.projection.js';
import { findAcademyCard, listAcademyCards } from './academy-card.queries.js';
import { storedEvent as stored } from '../test-support/stored-events.js';

const year = '2024/25';

const registered = (academyId: string, name = `Academy ${academyId}`, hub = 'North'): DomainEvent => ({
  type: 'AcademyRegistered',
  data: { academyId, name, phase: 'secondary', hub, joinedOn: '2022-04-01', predecessorUrns: [] },
});
const target = (academyId: string, kpi: KpiName, value: number): DomainEvent => ({
  type: 'KpiTargetSet',
  data: { academyId, academicYear: year, kpi, target: value },
});
const recorded = (academyId: string, kpi: KpiName, term: Term, value: number, nationalAverage: number | null = null): DomainEvent => ({
  type: 'KpiRecorded',
  data: { academyId, academicYear: year, term, kpi, value, nationalAverage, source: 'academy-data' },
});
const corrected = (academyId: string, kpi: KpiName, term: Term, value: number, previousValue: number): DomainEvent => ({
  type: 'KpiCorrected',
  data: { academyId, academicYear: year, term, kpi, value, previousValue, reason: 'moderated figure' },
});

describe('academy-card projection against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_card');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  /** Gives the events the next global positions, as the store would. */
  function record(...events: DomainEvent[]): RecordedEvent[] {
    return events.map((event) => recordedAt(stored(event), academyStreamId('academyId' in event.data ? event.data.academyId : '')));
  }

  function recordedAt(event: NewEvent, streamId: string): RecordedEvent {
    return { ...event, streamId, streamVersion: 0, position: nextPosition++, recordedAt: new Date() };
  }

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => academyCardProjection.apply(client, events));
  }

  async function storedRow(academyId: string): Promise<{ card: AcademyCardView; last_position: string } | undefined> {
    const { rows } = await database.pool.query<{ card: AcademyCardView; last_position: string }>(
      'SELECT card, last_position::text AS last_position FROM academy_cards WHERE academy_id = $1 AND valid_to IS NULL',
      [academyId],
    );
    return rows[0];
  }

  it('stores the card of a registered academy with its figures and targets, rated', async () => {
    await apply(record(registered('140001', 'Hillside Academy', 'South'), target('140001', 'progress', 80), recorded('140001', 'progress', 'autumn', 77, 74), target('140001', 'teaching', 90)));

    expect(await findAcademyCard(database.pool, '140001')).toEqual({
      academyId: '140001',
      name: 'Hillside Academy',
      phase: 'secondary',
      hub: 'South',
      joinedOn: '2022-04-01',
      predecessorUrns: [],
      tier: null,
      tierAcademicYear: null,
      overallEffectiveness: null,
      latestInspection: null,
      riskLevel: null,
      riskAssessedOn: null,
      sip: null,
      nextAim: null,
      upcomingAims: [],
      kpis: [
        { kpi: 'teaching', academicYear: year, term: null, value: null, target: 90, nationalAverage: null, source: null, rag: 'grey', corrected: false },
        { kpi: 'progress', academicYear: year, term: 'autumn', value: 77, target: 80, nationalAverage: 74, source: 'academy-data', rag: 'amber', corrected: false },
      ],
      ragSummary: { green: 0, amber: 1, red: 0, grey: 1 },
    });
    expect((await storedRow('140001'))?.last_position).toBe('4');
  });

  it('given the same events applied again, in a later batch or twice in one batch, then nothing changes', async () => {
    const events = record(registered('140001'), target('140001', 'progress', 80), recorded('140001', 'progress', 'autumn', 70));
    await apply(events);
    const before = await storedRow('140001');

    await apply(events);
    await apply([...events, ...events]);
    const [, , figure] = events;
    if (figure === undefined) throw new Error('expected three events');
    await apply([figure, figure]);

    expect(await storedRow('140001')).toEqual(before);
    expect(before?.card.kpis).toEqual([expect.objectContaining({ kpi: 'progress', term: 'autumn', value: 70, rag: 'red' })]);
  });

  it('given events arriving in separate batches, then the card is the one a single batch gives', async () => {
    const history = (academyId: string): DomainEvent[] => [
      registered(academyId, 'Same Name'),
      target(academyId, 'curriculum', 2),
      recorded(academyId, 'curriculum', 'autumn', 3),
      recorded(academyId, 'attendance', 'autumn', 95.5, 94.2),
      recorded(academyId, 'curriculum', 'spring', 2),
      target(academyId, 'attendance', 96),
    ];
    await apply(record(...history('140001')));
    for (const event of record(...history('140002'))) await apply([event]);

    const together = await findAcademyCard(database.pool, '140001');
    const apart = await findAcademyCard(database.pool, '140002');
    expect(apart).toEqual({ ...together, academyId: '140002' });
    expect(apart?.kpis.map(({ term, kpi, rag }) => `${String(term)} ${kpi} ${rag}`)).toEqual([
      'autumn curriculum amber',
      'autumn attendance amber',
      'spring curriculum green',
    ]);
    expect(apart?.ragSummary).toEqual({ green: 1, amber: 1, red: 0, grey: 0 });
  });

  it('given a figure, when it is corrected, then the card shows the corrected value and says so', async () => {
    await apply(record(registered('140001'), target('140001', 'transition', 90), recorded('140001', 'transition', 'summer', 84)));
    expect((await findAcademyCard(database.pool, '140001'))?.kpis).toEqual([expect.objectContaining({ value: 84, rag: 'red', corrected: false })]);

    await apply(record(corrected('140001', 'transition', 'summer', 91, 84)));

    expect((await findAcademyCard(database.pool, '140001'))?.kpis).toEqual([
      { kpi: 'transition', academicYear: year, term: 'summer', value: 91, target: 90, nationalAverage: null, source: 'academy-data', rag: 'green', corrected: true },
    ]);
  });

  it('given a figure with no target, when a target is set after it, then the figure is recoloured', async () => {
    await apply(record(registered('140001'), recorded('140001', 'teaching', 'autumn', 86)));
    expect((await findAcademyCard(database.pool, '140001'))?.kpis[0]).toEqual(expect.objectContaining({ target: null, rag: 'grey' }));

    await apply(record(target('140001', 'teaching', 90)));

    expect((await findAcademyCard(database.pool, '140001'))?.kpis).toEqual([
      { kpi: 'teaching', academicYear: year, term: 'autumn', value: 86, target: 90, nationalAverage: null, source: 'academy-data', rag: 'amber', corrected: false },
    ]);
    expect((await listAcademyCards(database.pool))[0]?.ragSummary).toEqual({ green: 0, amber: 1, red: 0, grey: 0 });
  });

  it('stores the latest inspection, risk level, partner and current tier, and an old card gets the new fields empty', async () => {
    await apply(
      record(
        registered('140001'),
        { type: 'InspectionRecorded', data: { academyId: '140001', inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' } },
        { type: 'RiskAssessed', data: { academyId: '140001', assessedOn: '2024-07-01', level: 'medium', risks: [] } },
        { type: 'SipAssigned', data: { academyId: '140001', sipId: 'sip-1', name: 'Jane Doe', approvedOn: '2024-07-10' } },
        {
          type: 'TierAssigned',
          data: {
            decisionId: 'decision-1',
            academyId: '140001',
            academicYear: year,
            tier: 2,
            recommendedTier: 2,
            override: false,
            rationale: null,
            reasons: ['The risk register assessed on 2024-07-01 rates the risk of school improvement failure medium.'],
            missing: [],
            evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: null },
            decidedBy: { userId: 'director', name: 'Dee Director', role: 'improvement-director' },
            decidedOn: '2024-09-05',
            decidedAt: '2024-09-05T09:30:00.000Z',
            supersedes: null,
          },
        },
      ),
    );
    expect(await findAcademyCard(database.pool, '140001')).toMatchObject({
      tier: 2,
      tierAcademicYear: year,
      overallEffectiveness: 'good',
      latestInspection: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' },
      riskLevel: 'medium',
      riskAssessedOn: '2024-07-01',
      sip: { sipId: 'sip-1', name: 'Jane Doe', approvedOn: '2024-07-10' },
    });
    expect((await listAcademyCards(database.pool))[0]?.tier).toBe(2);

    // A card written before the evidence fields existed: read, and folded on, as if they were empty.
    const legacy = { ...(await findAcademyCard(database.pool, '140001')) } as Record<string, unknown>;
    for (const field of ['tierAcademicYear', 'latestInspection', 'riskAssessedOn']) delete legacy[field];
    await database.pool.query('UPDATE academy_cards SET card = $1 WHERE academy_id = $2 AND valid_to IS NULL', [JSON.stringify(legacy), '140001']);
    expect(await findAcademyCard(database.pool, '140001')).toMatchObject({ tierAcademicYear: null, latestInspection: null, riskAssessedOn: null, tier: 2 });
    await apply(record({ type: 'RiskAssessed', data: { academyId: '140001', assessedOn: '2024-01-01', level: 'low', risks: [] } }));
    expect(await findAcademyCard(database.pool, '140001')).toMatchObject({ riskLevel: 'low', riskAssessedOn: '2024-01-01' });
  });

  it('ignores event types it does not use, and events for academies it has no card for', async () => {
    const foreign = recordedAt({ ...stored(registered('140009')), type: 'RechargeLogged', data: { amountPence: 35_000 } }, 'recharge-1');
    await apply([foreign, ...record(recorded('140002', 'progress', 'autumn', 80))]);
    expect(await listAcademyCards(database.pool)).toEqual([]);
  });

  it('lists the academies by id with their headline, and finds none for an unknown id, from a pool or a client', async () => {
    await apply(record(registered('140003', `Third: St Mary's "C of E" \\ Ysgol Gymraeg ✓`, 'East'), registered('100001', 'First', 'West'), target('100001', 'progress', 80), registered('120002', 'Second')));

    expect(await listAcademyCards(database.pool)).toEqual([
      { academyId: '100001', name: 'First', phase: 'secondary', hub: 'West', tier: null, ragSummary: { green: 0, amber: 0, red: 0, grey: 1 } },
      { academyId: '120002', name: 'Second', phase: 'secondary', hub: 'North', tier: null, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
      { academyId: '140003', name: `Third: St Mary's "C of E" \\ Ysgol Gymraeg ✓`, phase: 'secondary', hub: 'East', tier: null, ragSummary: { green: 0, amber: 0, red: 0, grey: 0 } },
    ]);
    expect(await findAcademyCard(database.pool, '999999')).toBeNull();
    await withTransaction(database.pool, async (client) => {
      expect((await findAcademyCard(client, '120002'))?.name).toBe('Second');
      expect(await listAcademyCards(client)).toHaveLength(3);
    });
  });

  it('given EventStoreDB positions beyond bigint, then the checkpoint and the card keep them exactly and compare them as numbers', async () => {
    // Packed $all positions (commit << 64 | prepare). Below is numerically smaller than at, though its
    // low 64 bits are larger; later has more digits than at yet sorts before it as text.
    const below = (4n << 64n) | (2n ** 64n - 1n);
    const at = 2n ** 64n * 5n + 7n;
    const later = 10n << 64n;
    const largest = 2n ** 128n - 1n;
    const [registration, progressTarget, figure, teachingTarget] = record(
      registered('140001'),
      target('140001', 'progress', 80),
      recorded('140001', 'progress', 'autumn', 82),
      target('140001', 'teaching', 90),
    );
    if (registration === undefined || progressTarget === undefined || figure === undefined || teachingTarget === undefined) throw new Error('expected four events');
    const first = [
      { ...registration, position: below },
      { ...progressTarget, position: at },
    ];

    expect(await applyProjectionBatch(database.pool, academyCardProjection, first)).toEqual({ applied: 2, position: at });
    expect(await readCheckpoints(database.pool, [ACADEMY_CARD_PROJECTION])).toEqual([expect.objectContaining({ position: at })]);
    expect((await storedRow('140001'))?.last_position).toBe(at.toString());

    expect(await applyProjectionBatch(database.pool, academyCardProjection, first)).toEqual({ applied: 0, position: at });
    expect(await applyProjectionBatch(database.pool, academyCardProjection, [...first, { ...figure, position: later }])).toEqual({ applied: 1, position: later });
    expect((await storedRow('140001'))?.last_position).toBe(later.toString());
    expect((await findAcademyCard(database.pool, '140001'))?.kpis).toEqual([expect.objectContaining({ value: 82, target: 80, rag: 'green' })]);

    expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], at, 1_000)).toBe(true);
    expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], later, 1_000)).toBe(true);
    expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], later + 1n, 50)).toBe(false);

    await recordFailure(database.pool, ACADEMY_CARD_PROJECTION, largest, 'a failure at the last possible position');
    expect(await readCheckpoints(database.pool, [ACADEMY_CARD_PROJECTION])).toEqual([
      expect.objectContaining({ position: later, status: 'failed', failedPosition: largest }),
    ]);
    expect(await applyProjectionBatch(database.pool, academyCardProjection, [{ ...teachingTarget, position: largest }])).toEqual({ applied: 1, position: largest });
    expect(await readCheckpoints(database.pool, [ACADEMY_CARD_PROJECTION])).toEqual([
      expect.objectContaining({ position: largest, status: 'running', failedPosition: null }),
    ]);
    expect((await storedRow('140001'))?.last_position).toBe(largest.toString());
  });

  it('keeps the cards up to date from the event store through the projection runner', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    const runner = new ProjectionRunner({ store, pool: database.pool, projections: allProjections() });
    try {
      await store.append(academyStreamId('140001'), [registered('140001'), target('140001', 'progress', 80)].map(stored), { expectedVersion: 'no-stream' });
      await runner.start();
      const { lastPosition } = await store.append(academyStreamId('140001'), [recorded('140001', 'progress', 'spring', 81)].map(stored), { expectedVersion: 1 });

      expect(await waitForCheckpoint(database.pool, [ACADEMY_CARD_PROJECTION], lastPosition, 10_000)).toBe(true);
      expect((await findAcademyCard(database.pool, '140001'))?.kpis).toEqual([expect.objectContaining({ term: 'spring', value: 81, rag: 'green' })]);
      expect(runner.status().filter((status) => status.name === ACADEMY_CARD_PROJECTION)).toEqual([
        { name: 'academy-card', position: lastPosition, status: 'running', lastError: null, failedPosition: null },
      ]);
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});
