import { withTransaction } from '@trust/database';
import { improvementPlanDecider, improvementPlanLookUp, peerReviewGroupDecider, peerReviewVisitDecider, type DomainEvent, type ScheduledReviewVisit } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { evolvePeerReviews, initialPeerReviews } from './peer-reviews.js';
import { peerReviewsProjection } from './peer-reviews.projection.js';
import { findPeerReviewGroup, findPeerReviewVisit, listSafeguardingConcerns } from './peer-reviews.queries.js';
import { recordAll } from '../test-support/stored-events.js';

const BEFORE = { now: new Date('2025-03-12T12:00:00Z') };
const AFTER = { now: new Date('2025-03-27T12:00:00Z') };
const MEMBERS = [
  { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: '111111' },
  { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: '222222' },
  { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: '333333' },
];

/** A group, a visit to Oak with its focus, a visitor's observations (one concern), the visit held and its report, all decided by the domain. */
function history(): DomainEvent[] {
  const formed = peerReviewGroupDecider.decide(
    { type: 'FormPeerReviewGroup', groupId: 'north', name: 'North hub', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-ash' },
    peerReviewGroupDecider.initialState(),
    BEFORE,
  );
  const group = formed.reduce(peerReviewGroupDecider.evolve, peerReviewGroupDecider.initialState());
  const scheduled = peerReviewGroupDecider.decide(
    { type: 'ScheduleReviewVisit', visitId: 'v-1', groupId: 'north', hostAcademyId: '111111', visitDate: '2025-03-26', reviewerIds: ['ht-elm'], facilitatorUserId: 'aid' },
    group,
    BEFORE,
  );
  const visit = scheduled[0]?.data as ScheduledReviewVisit;
  let state = peerReviewVisitDecider.initialState();
  const visitEvents: DomainEvent[] = [];
  const run = (command: Parameters<typeof peerReviewVisitDecider.decide>[0], context: { now: Date }): void => {
    const events = peerReviewVisitDecider.decide(command, state, context);
    state = events.reduce(peerReviewVisitDecider.evolve, state);
    visitEvents.push(...events);
  };
  const head = (headteacherId: string) => ({ userId: headteacherId, headteacherId });
  const hostPlan = improvementPlanLookUp(improvementPlanDecider.initialState(), visit.hostAcademyId, visit.academicYear);
  run({ type: 'SetVisitFocus', visitId: 'v-1', visit, actor: head('ht-oak'), aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }], hostPlan }, BEFORE);
  run(
    {
      type: 'RecordVisitObservations',
      visitId: 'v-1',
      visit,
      actor: head('ht-elm'),
      observations: ['Phonics groups well matched'],
      safeguardingConcerns: ['Side gate left unlocked'],
    },
    AFTER,
  );
  run({ type: 'RecordVisit', visitId: 'v-1', visit, actor: head('ht-ash'), feedback: 'Align reading books with the scheme.', actionsForNextAim: ['Audit reading books'] }, AFTER);
  run({ type: 'SubmitPeerReviewReport', visitId: 'v-1', visit, actor: head('ht-ash'), summary: 'Phonics is well led.' }, AFTER);
  return [...formed, ...scheduled, ...visitEvents];
}

describe('peer-reviews projection against PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_peer_reviews');
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await database.pool.query('TRUNCATE peer_review_groups, peer_review_visits, peer_review_concerns, projection_checkpoints');
  });

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => peerReviewsProjection.apply(client, events));
  }

  async function tables(): Promise<unknown[][]> {
    const read = async (table: string): Promise<unknown[]> => (await database.pool.query<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY 1, valid_from`)).rows;
    return [await read('peer_review_groups'), await read('peer_review_visits'), await read('peer_review_concerns')];
  }

  it('stores what the pure fold gives: the group with its diary, the visit with its contents, the concern for escalation', async () => {
    const events = history();
    await apply(recordAll(events));

    const folded = events.reduce((model, event, index) => evolvePeerReviews(model, event, BigInt(index + 1)), initialPeerReviews());
    const { position, ...visit } = folded.visits.get('v-1')!;
    expect(await findPeerReviewVisit(database.pool, 'v-1')).toEqual({ ...visit, position: position.toString() });
    expect(await findPeerReviewVisit(database.pool, 'v-2')).toBeNull();

    expect(await findPeerReviewGroup(database.pool, 'north')).toEqual({
      groupId: 'north',
      name: 'North hub',
      academicYear: '2024/25',
      members: MEMBERS,
      leadHeadteacherId: 'ht-ash',
      visits: [
        {
          visitId: 'v-1',
          hostAcademyId: '111111',
          hostHeadteacherId: 'ht-oak',
          leadHeadteacherId: 'ht-ash',
          reviewerIds: ['ht-elm'],
          facilitatorUserId: 'aid',
          visitDate: '2025-03-26',
          visitNumber: 1,
          focusDueOn: '2025-03-19',
          reportDueOn: '2025-04-02',
          focusSet: true,
          recorded: true,
          reportSubmitted: true,
          reportOverdue: false,
        },
      ],
      position: String(events.length),
    });
    expect(await findPeerReviewGroup(database.pool, 'south')).toBeNull();

    expect(await listSafeguardingConcerns(database.pool)).toEqual([
      {
        concernId: 'v-1-1',
        concern: 'Side gate left unlocked',
        raisedBy: { personId: 'ht-elm', role: 'reviewer' },
        flaggedOn: '2025-03-27',
        visitId: 'v-1',
        groupId: 'north',
        hostAcademyId: '111111',
        visitDate: '2025-03-26',
        position: '5',
      },
    ]);
    expect(await listSafeguardingConcerns(database.pool, { from: '2025-03-28' })).toEqual([]);
  });

  it('keeps a version of the visit per event that changed it', async () => {
    await apply(recordAll(history()));
    const { rows } = await database.pool.query<{ valid_from: string; valid_to: string | null }>(
      'SELECT valid_from::text, valid_to::text FROM peer_review_visits ORDER BY valid_from',
    );
    expect(rows).toEqual([
      { valid_from: '2', valid_to: '3' },
      { valid_from: '3', valid_to: '4' },
      { valid_from: '4', valid_to: '5' },
      { valid_from: '5', valid_to: '6' },
      { valid_from: '6', valid_to: '7' },
      { valid_from: '7', valid_to: null },
    ]);
  });

  it('given the same events applied again, in later batches or twice in one, then nothing changes', async () => {
    const events = recordAll(history());
    await apply(events.slice(0, 3));
    await apply(events.slice(3));
    const before = await tables();

    await apply(events);
    await apply([...events, ...events]);
    await apply([events[4]!, events[4]!]);

    expect(await tables()).toEqual(before);
  });

  it('through the runner, the checkpoint moves with the rows', async () => {
    const events = recordAll(history());
    expect(await applyProjectionBatch(database.pool, peerReviewsProjection, events)).toEqual({ applied: events.length, position: BigInt(events.length) });
    expect(await applyProjectionBatch(database.pool, peerReviewsProjection, events)).toEqual({ applied: 0, position: BigInt(events.length) });
  });
});
