import { withTransaction } from '@trust/database';
import { academyStreamId, type DomainEvent, type TierAssignedData } from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { ProjectionRunner, waitForCheckpoint } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { listTierDecisions, listTierHistory } from './tier-history.queries.js';
import { TIER_HISTORY_PROJECTION, tierHistoryProjection } from './tier-history.projection.js';
import { tierAssigned } from '../test-support/tier-assigned.js';
import { storedEvent as stored } from '../test-support/stored-events.js';

const EVIDENCE: TierAssignedData['evidence'] = {
  outcomes: [{ academicYear: '2023/24', direction: 'positive', position: '2' }],
  inspection: { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'good', 'personal-development': 'good', 'leadership-and-management': 'good' }, position: '3' },
  annualReview: { academicYear: '2023/24', capacityToImprove: true, summary: 'Secure leadership.', position: '4' },
  riskAssessment: { assessedOn: '2024-07-01', level: 'low', risks: [{ title: 'Staff turnover', owner: 'Headteacher' }], position: '5' },
};

const decided = (academyId: string, data: Partial<TierAssignedData> = {}): DomainEvent =>
  tierAssigned({
    academyId,
    decisionId: `${academyId}-2024/25-1`,
    recommendedTier: 1,
    reasons: ['Outcomes were positive in 2023/24, the latest year.'],
    evidence: EVIDENCE,
    ...data,
  });

describe('tier-history projection against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_tiers');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  function record(...events: DomainEvent[]): RecordedEvent[] {
    return events.map((event) => ({
      ...stored(event),
      streamId: academyStreamId('academyId' in event.data ? event.data.academyId : ''),
      streamVersion: 0,
      position: nextPosition++,
      recordedAt: new Date(),
    }));
  }

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => tierHistoryProjection.apply(client, events));
  }

  async function rows(): Promise<unknown[]> {
    const { rows: all } = await database.pool.query<Record<string, unknown>>('SELECT * FROM tier_history ORDER BY position, valid_from');
    return all;
  }

  it('stores each decision with its evidence, positions and decider; a revision marks the decision it supersedes', async () => {
    const laterEvidence = { ...EVIDENCE, riskAssessment: { assessedOn: '2025-01-10', level: 'high' as const, risks: [], position: '7' } };
    await apply(record(decided('140001')));
    await apply(
      record(
        decided('140001', {
          decisionId: 'revision',
          tier: 2,
          recommendedTier: 3,
          override: true,
          rationale: 'Trust-led support is already in place.',
          evidence: laterEvidence,
          decidedBy: { userId: 'ada', name: 'Ada Admin', role: 'trust-admin' },
          decidedOn: '2025-01-15',
          decidedAt: '2025-01-15T16:00:00.000Z',
          supersedes: '140001-2024/25-1',
        }),
      ),
    );

    const history = await listTierHistory(database.pool, '140001');
    expect(history).toEqual([
      {
        decisionId: '140001-2024/25-1',
        academyId: '140001',
        academicYear: '2024/25',
        tier: 1,
        recommendedTier: 1,
        override: false,
        rationale: null,
        decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
        decidedOn: '2024-09-01',
        recordedAt: '2024-09-05T09:30:00.000Z',
        decidedAt: '2024-09-05T09:30:00.000Z',
        evidence: EVIDENCE,
        reasons: ['Outcomes were positive in 2023/24, the latest year.'],
        missing: [],
        supersedes: null,
        supersededBy: 'revision',
        position: '1',
      },
      expect.objectContaining({
        decisionId: 'revision',
        tier: 2,
        recommendedTier: 3,
        override: true,
        rationale: 'Trust-led support is already in place.',
        decidedBy: { userId: 'ada', name: 'Ada Admin', role: 'trust-admin' },
        decidedOn: '2025-01-15',
        recordedAt: '2025-01-15T16:00:00.000Z',
        decidedAt: '2025-01-15T16:00:00.000Z',
        evidence: laterEvidence,
        supersedes: '140001-2024/25-1',
        supersededBy: null,
        position: '2',
      }),
    ]);
  });

  it('answers as of a position (the decision before it was superseded, even in one batch) and on a date (decisions in effect by then)', async () => {
    await apply(
      record(
        decided('140001'),
        decided('140001', { decisionId: 'revision', tier: 2, supersedes: '140001-2024/25-1' }),
        decided('140001', { decisionId: 'next-year', academicYear: '2025/26', supersedes: null }),
      ),
    );

    const summary = (entries: { decisionId: string; supersededBy: string | null }[]): [string, string | null][] => entries.map((entry) => [entry.decisionId, entry.supersededBy]);
    expect(summary(await listTierHistory(database.pool, '140001', { position: 0n, on: null }))).toEqual([]);
    expect(summary(await listTierHistory(database.pool, '140001', { position: 1n, on: null }))).toEqual([['140001-2024/25-1', null]]);
    expect(summary(await listTierHistory(database.pool, '140001', { position: 2n, on: null }))).toEqual([
      ['140001-2024/25-1', 'revision'],
      ['revision', null],
    ]);
    expect(summary(await listTierHistory(database.pool, '140001', { position: null, on: '2025-08-31' }))).toEqual([
      ['140001-2024/25-1', 'revision'],
      ['revision', null],
    ]);
    expect(summary(await listTierHistory(database.pool, '140001', { position: 1n, on: '2025-09-01' }))).toEqual([['140001-2024/25-1', null]]);
    expect(summary(await listTierDecisions(database.pool, '2024/25', { position: 1n, on: null }))).toEqual([['140001-2024/25-1', null]]);
    expect(summary(await listTierDecisions(database.pool, null))).toHaveLength(3);
  });

  it('on a date, holds a decision from the later of its year\'s start and the day it was made: a revision is not in force before its day', async () => {
    await apply(
      record(
        decided('140001', { decisionId: 'past', academicYear: '2022/23', decidedOn: '2022-09-12', decidedAt: '2025-10-01T10:00:00.000Z' }),
        decided('140001', { decidedOn: '2024-07-10' }),
        decided('140001', { decisionId: 'revision', tier: 2, decidedOn: '2025-01-29', supersedes: '140001-2024/25-1' }),
      ),
    );
    const summary = (entries: { decisionId: string; supersededBy: string | null }[]): [string, string | null][] => entries.map((entry) => [entry.decisionId, entry.supersededBy]);
    const on = (date: string) => listTierHistory(database.pool, '140001', { position: null, on: date });

    expect(summary(await on('2022-09-11'))).toEqual([]);
    expect(summary(await on('2022-09-12'))).toEqual([['past', null]]);
    // Made in July, for a year that begins in September.
    expect(summary(await on('2024-08-31'))).toEqual([['past', null]]);
    expect(summary(await on('2024-09-01'))).toEqual([['past', null], ['140001-2024/25-1', null]]);
    expect(summary(await on('2025-01-28'))).toEqual([['past', null], ['140001-2024/25-1', null]]);
    expect(summary(await on('2025-01-29'))).toEqual([['past', null], ['140001-2024/25-1', 'revision'], ['revision', null]]);
    expect(summary(await listTierDecisions(database.pool, '2024/25', { position: null, on: '2025-01-28' }))).toEqual([['140001-2024/25-1', null]]);
    // Recorded in 2025 as made in 2022: the day it was made and the instant it was recorded both kept.
    expect((await on('2022-09-12'))[0]).toMatchObject({ decidedOn: '2022-09-12', recordedAt: '2025-10-01T10:00:00.000Z' });
  });

  it('given the same events applied again, in a later batch or twice in one batch, then nothing changes', async () => {
    const events = record(decided('140001'), decided('140001', { decisionId: 'revision', supersedes: '140001-2024/25-1' }));
    await apply(events);
    const before = await rows();

    await apply(events);
    await apply([...events, ...events]);
    await apply([events[0]!, events[0]!]);

    expect(await rows()).toEqual(before);
    // Two decisions, the first in two versions: before and after the revision superseded it.
    expect(before).toHaveLength(3);
  });

  it('given events arriving one at a time, then the rows are those a single batch gives', async () => {
    const history = (academyId: string): DomainEvent[] => [
      decided(academyId),
      decided(academyId, { decisionId: `${academyId}-b`, supersedes: `${academyId}-2024/25-1` }),
      decided(academyId, { decisionId: `${academyId}-c`, supersedes: `${academyId}-b`, tier: 3, recommendedTier: 3 }),
    ];
    await apply(record(...history('140001')));
    for (const event of record(...history('140002'))) await apply([event]);

    const strip = (entries: Awaited<ReturnType<typeof listTierHistory>>) =>
      entries.map(({ decisionId, supersedes, supersededBy, tier }) => ({ decisionId: decisionId.slice(7), supersedes: supersedes?.slice(7) ?? null, supersededBy: supersededBy?.slice(7) ?? null, tier }));
    expect(strip(await listTierHistory(database.pool, '140002'))).toEqual(strip(await listTierHistory(database.pool, '140001')));
    expect(strip(await listTierHistory(database.pool, '140001'))).toEqual([
      { decisionId: '2024/25-1', supersedes: null, supersededBy: 'b', tier: 1 },
      { decisionId: 'b', supersedes: '2024/25-1', supersededBy: 'c', tier: 1 },
      { decisionId: 'c', supersedes: 'b', supersededBy: null, tier: 3 },
    ]);
  });

  it('lists the decisions of one academic year (or of every year) by academy, then in the order made, and ignores other events', async () => {
    await apply([
      ...record(
        decided('140002'),
        decided('140001'),
        decided('140001', { decisionId: 'older', academicYear: '2023/24' }),
        { type: 'RiskAssessed', data: { academyId: '140001', assessedOn: '2025-01-10', level: 'high', risks: [] } },
      ),
    ]);
    expect((await listTierDecisions(database.pool, '2024/25')).map((entry) => entry.decisionId)).toEqual(['140001-2024/25-1', '140002-2024/25-1']);
    expect((await listTierDecisions(database.pool, '2023/24')).map((entry) => entry.decisionId)).toEqual(['older']);
    expect(await listTierDecisions(database.pool, '2022/23')).toEqual([]);
    expect(await listTierDecisions(database.pool, null)).toHaveLength(3);
    expect(await listTierHistory(database.pool, '999999')).toEqual([]);
  });

  it('keeps a position beyond bigint (EventStoreDB) exactly', async () => {
    const position = 2n ** 100n + 7n;
    const [event] = record(decided('140001'));
    await apply([{ ...event!, position }]);
    expect((await listTierHistory(database.pool, '140001'))[0]?.position).toBe(position.toString());
  });

  it('keeps the history up to date from the event store through the projection runner', async () => {
    const store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    const runner = new ProjectionRunner({ store, pool: database.pool, projections: [tierHistoryProjection] });
    try {
      await runner.start();
      const { lastPosition } = await store.append(academyStreamId('140001'), [decided('140001')].map(stored), { expectedVersion: 'any' });
      expect(await waitForCheckpoint(database.pool, [TIER_HISTORY_PROJECTION], lastPosition, 10_000)).toBe(true);
      expect(await listTierHistory(database.pool, '140001')).toEqual([expect.objectContaining({ decisionId: '140001-2024/25-1', position: lastPosition.toString() })]);
    } finally {
      await runner.stop();
      await store.close();
    }
  });
});
