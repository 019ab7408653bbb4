import fc from 'fast-check';
import { withTransaction } from '@trust/database';
import { addDays as addIsoDays, DomainError, improvementPlanDecider, type DomainEvent, type ImprovementPlanCommand, type ImprovementPlanState, type IsoDate, type RagRating } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { recordedEvent } from '../test-support/stored-events.js';
import { improvementPlanRecords, isImprovementPlansEvent, itemKey, planKey, planOn, type CurrentRecords, type StoredPlanRecords } from './improvement-plans.js';
import { improvementPlansProjection } from './improvement-plans.projection.js';
import { findImprovementPlan } from './improvement-plans.queries.js';
import { ACADEMY_ID, YEAR } from './test-support/plan-events.js';

/*
 * Histories the domain accepts: plan commands decided by the plan's own decider on a clock moving through the
 * year (refusals skipped), among AIMs held and visits' focus naming its priorities, and core days, recharges
 * (some reversed) and reviews naming its commitments. Each history is stored in batches of random sizes, some
 * delivered twice; the projection never fails, and what the read model answers, live, as of any position and
 * on any day, is what the pure fold answers for the events known then.
 */

const addDays = (date: string, days: number): string => addIsoDays(date as IsoDate, days);

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20_261_207);
const RAGS: readonly RagRating[] = ['red', 'amber', 'green'];
const STEP_KINDS = ['draft', 'add', 'amend', 'action', 'progress', 'rate', 'confirm', 'close', 'commit', 'aim', 'focus', 'core-day', 'recharge', 'reverse', 'review'] as const;
type StepKind = (typeof STEP_KINDS)[number];

interface Step {
  kind: StepKind;
  pick: number;
  days: number;
}

// A history begins with its plan drafted more often than not (the steps before a draft are refused), and adds
// priorities, actions and commitments more often than anything else.
const steps: fc.Arbitrary<Step[]> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.record({
        kind: fc.oneof(
          { weight: 3, arbitrary: fc.constant<StepKind>('add') },
          { weight: 2, arbitrary: fc.constantFrom<StepKind>('action', 'progress', 'commit') },
          { weight: 12, arbitrary: fc.constantFrom(...STEP_KINDS) },
        ),
        pick: fc.nat(1_000),
        days: fc.integer({ min: 0, max: 20 }),
      }),
      { minLength: 5, maxLength: 45, size: 'max' },
    ),
  )
  .map(([draftFirst, rest]) => (draftFirst ? [{ kind: 'draft' as const, pick: 0, days: 0 }, ...rest] : rest));

/** The events of one history, in the order the ledger records them. */
function history(plan: readonly Step[]): DomainEvent[] {
  let state: ImprovementPlanState = improvementPlanDecider.initialState();
  let today = '2025-08-20';
  const events: DomainEvent[] = [];
  const priorities: string[] = [];
  const actions: { priorityId: string; actionId: string }[] = [];
  const commitments: string[] = [];
  const recharges: { rechargeId: string; deliveredOn: string }[] = [];
  let count = 0;
  const key = { academyId: ACADEMY_ID, academicYear: YEAR };
  const decide = (command: ImprovementPlanCommand): void => {
    try {
      const decided = improvementPlanDecider.decide(command, state, { now: new Date(`${today}T12:00:00Z`) });
      state = decided.reduce(improvementPlanDecider.evolve, state);
      events.push(...decided);
    } catch (error: unknown) {
      if (!(error instanceof DomainError)) throw error;
    }
  };
  const of = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];
  for (const { kind, pick, days } of plan) {
    today = addDays(today, days);
    if (today > '2026-08-31') today = '2026-08-31';
    count += 1;
    const priorityId = of(priorities, pick);
    switch (kind) {
      case 'draft':
        decide({ type: 'DraftImprovementPlan', ...key });
        break;
      case 'add': {
        const id = `p-${count}`;
        const before = events.length;
        decide({ type: 'AddPlanPriority', ...key, priorityId: id, title: `Priority ${count}`, evidence: 'Evidence.', targets: pick % 2 === 0 ? [{ kpi: 'progress', successCriteria: 'At target' }] : [], owners: [{ role: 'headteacher' }], aimId: pick % 3 === 0 ? 'aim-1' : null });
        if (events.length > before) priorities.push(id);
        break;
      }
      case 'amend':
        if (priorityId !== undefined) decide({ type: 'AmendPlanPriority', ...key, priorityId, evidence: `Evidence ${count}.`, aimId: pick % 2 === 0 ? 'aim-2' : null });
        break;
      case 'action':
        if (priorityId !== undefined) {
          const before = events.length;
          decide({ type: 'AddPlanAction', ...key, priorityId, actionId: `a-${count}`, description: 'Do it.', owner: { staffId: 'st-1', name: 'Ann' }, dueOn: addDays(today, 30) });
          if (events.length > before) actions.push({ priorityId, actionId: `a-${count}` });
        }
        break;
      case 'progress': {
        const action = of(actions, pick);
        if (action !== undefined) decide({ type: 'AmendPlanAction', ...key, ...action, status: of(['in-progress', 'done', 'dropped', 'not-started'], pick) ?? 'done' });
        break;
      }
      case 'rate':
        if (priorityId !== undefined) {
          const ratedOn = today < '2025-09-01' ? today : addDays(today, -(pick % 10));
          decide({ type: 'RatePlanPriority', ...key, priorityId, rating: of(RAGS, pick) ?? 'red', ratedOn: ratedOn < '2025-09-01' ? '2025-09-01' : ratedOn, source: 'direct', ratedBy: { userId: 'dee', name: 'Dee', role: 'improvement-director' } });
        }
        break;
      case 'confirm':
        decide({ type: 'ConfirmImprovementPlan', ...key, aimId: null });
        break;
      case 'close':
        if (pick % 4 === 0) decide({ type: 'CloseImprovementPlanYear', ...key });
        break;
      case 'commit':
        if (priorityId !== undefined) {
          const before = events.length;
          decide({ type: 'CommitPlanSupport', ...key, commitmentId: `c-${count}`, priorityId, kind: 'cpd-programme', coreDays: pick % 3, developmentDays: 1 + (pick % 4), reviews: pick % 2, committedBy: { userId: 'dee', name: 'Dee', role: 'improvement-director' } });
          if (events.length > before) commitments.push(`c-${count}`);
        }
        break;
      case 'aim':
        if (priorities.length > 0 && today >= '2025-09-01') {
          events.push({
            type: 'AimHeld',
            data: {
              aimId: `aim-${count}`,
              ...key,
              format: 'one-day',
              heldOn: today,
              attendees: [{ name: 'Dee', role: 'improvement-director', chair: true, staffId: null }],
              judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Fine.' }],
              priorities: priorities.slice(0, 1 + (pick % 3)).map((id, index) => ({ priority: `Priority ${id}`, rag: of(RAGS, pick + index) ?? 'amber', planPriorityId: id })),
              nextSteps: ['Next.'],
            },
          });
        }
        break;
      case 'focus':
        // Two visits, each focus set again now and then: a rating no longer given is withdrawn.
        if (priorities.length > 0 && today >= '2025-09-01') {
          events.push({
            type: 'VisitFocusSet',
            data: {
              visitId: `visit-${pick % 2}`,
              hostAcademyId: ACADEMY_ID,
              academicYear: YEAR,
              aspects: [...new Set([of(priorities, pick), of(priorities, pick + 1)])].slice(0, 1 + (pick % 2)).map((id) => ({ aspect: `Priority ${id}`, rag: of(RAGS, pick) ?? 'red', planPriorityId: id ?? null })),
              setOn: today,
              ratedOn: today,
            },
          });
        }
        break;
      case 'core-day':
        events.push({ type: 'CoreDayLogged', data: { ...key, deliveredOn: today, days: 0.5 * (1 + (pick % 3)), description: 'Support.', commitmentId: of(commitments, pick) ?? null } });
        break;
      case 'recharge': {
        const rechargeId = `r-${count}`;
        recharges.push({ rechargeId, deliveredOn: today });
        events.push({
          type: 'RechargeLogged',
          data: { rechargeId, supportedAcademyId: ACADEMY_ID, providerRole: 'teacher', providerAcademyId: null, days: 1, deliveredOn: today, academicYear: YEAR, description: 'Support.', ratePence: 100, amountPence: 100, commitmentId: of(commitments, pick) ?? null },
        });
        break;
      }
      case 'reverse': {
        const recharge = of(recharges, pick);
        if (recharge !== undefined) {
          events.push({ type: 'RechargeReversed', data: { rechargeId: recharge.rechargeId, supportedAcademyId: ACADEMY_ID, providerAcademyId: null, academicYear: YEAR, deliveredOn: recharge.deliveredOn, amountPence: 100, reason: 'Error.', reversedOn: today } });
        }
        break;
      }
      case 'review':
        events.push({ type: 'CommissionedReviewCompleted', data: { ...key, term: 'spring', completedOn: today, summary: 'Review.', commitmentId: of(commitments, pick) ?? null } });
        break;
      default: {
        const _exhaustive: never = kind;
        throw new Error(`unknown step ${String(_exhaustive)}`);
      }
    }
  }
  return events;
}

/** The pure fold of the events up to `through` (every one when null), as planOn reads it: null before the draft. */
function folded(recorded: readonly RecordedEvent[], events: readonly DomainEvent[], through: bigint | null): StoredPlanRecords | null {
  const plans = new Map<string, StoredPlanRecords['plan']>();
  const priorities = new Map<string, StoredPlanRecords['priorities'][number]>();
  const actions = new Map<string, StoredPlanRecords['actions'][number]>();
  const ratings = new Map<string, StoredPlanRecords['ratings'][number]>();
  const commitments = new Map<string, StoredPlanRecords['commitments'][number]>();
  const deliveries = new Map<string, StoredPlanRecords['deliveries'][number]>();
  const current: CurrentRecords = {
    plan: (academyId, academicYear) => plans.get(planKey(academyId, academicYear)),
    priority: (academyId, academicYear, id) => priorities.get(itemKey(academyId, academicYear, id)),
    action: (academyId, academicYear, id) => actions.get(itemKey(academyId, academicYear, id)),
    rating: (id) => ratings.get(id),
    delivery: (id) => deliveries.get(id),
  };
  events.forEach((event, index) => {
    const position = recorded[index]!.position;
    if ((through !== null && position > through) || !isImprovementPlansEvent(event)) return;
    const records = improvementPlanRecords(event, position, current);
    for (const plan of records.plans) plans.set(planKey(plan.academyId, plan.academicYear), plan);
    for (const priority of records.priorities) priorities.set(itemKey(priority.academyId, priority.academicYear, priority.priorityId), priority);
    for (const action of records.actions) actions.set(itemKey(action.academyId, action.academicYear, action.actionId), action);
    for (const rating of records.ratings) ratings.set(rating.ratingId, rating);
    for (const commitment of records.commitments) commitments.set(commitment.commitmentId, commitment);
    for (const delivery of records.deliveries) deliveries.set(delivery.deliveryId, delivery);
  });
  const plan = plans.get(planKey(ACADEMY_ID, YEAR));
  return plan === undefined
    ? null
    : { plan, priorities: [...priorities.values()], actions: [...actions.values()], ratings: [...ratings.values()], commitments: [...commitments.values()], deliveries: [...deliveries.values()] };
}

describe('the improvement-plans read model on histories the domain accepts', () => {
  let database: TestDatabase;
  let offset = 0n;

  beforeAll(async () => {
    database = await createTestDatabase('til_plans_property');
  });

  afterAll(async () => {
    await database.drop();
  });

  it('never fails, whatever the batches and repeats, and answers as the pure fold does at every position and on every day', async () => {
    let histories = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(steps, fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 20, maxLength: 20 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), async (plan, sizes, probes) => {
        await database.pool.query(`TRUNCATE ${improvementPlansProjection.tables.join(', ')}`);
        const events = history(plan);
        // Positions grow across histories, as a log's do; the tables start empty for each.
        const recorded = events.map((event, index) => recordedEvent(event, offset + BigInt(index + 1)));
        offset += BigInt(events.length + 1);
        let at = 0;
        for (let batch = 0; at < recorded.length; batch += 1) {
          const size = sizes[batch % sizes.length] ?? 1;
          const slice = recorded.slice(at, at + size);
          await withTransaction(database.pool, (client) => improvementPlansProjection.apply(client, slice));
          // Now and then a batch is delivered again, with the one before it.
          if (size % 3 === 0) await withTransaction(database.pool, (client) => improvementPlansProjection.apply(client, recorded.slice(Math.max(0, at - 2), at + size)));
          at += size;
        }
        if (events.length > 0) histories += 1;
        for (const event of events) seen.add(event.type === 'CoreDayLogged' || event.type === 'RechargeLogged' ? `${event.type}${event.data.commitmentId === null ? '' : ' naming a commitment'}` : event.type);

        const expected = (through: bigint | null, on: string | null): unknown => {
          const records = folded(recorded, events, through);
          return records === null ? null : planOn(records, on);
        };
        expect(await findImprovementPlan(database.pool, ACADEMY_ID, YEAR)).toEqual(expected(null, null));
        for (const probe of probes) {
          const position = recorded.length === 0 ? 0n : (recorded[probe % recorded.length]?.position ?? 0n);
          const on = addDays('2025-08-25', probe % 400);
          expect(await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position, on: null })).toEqual(expected(position, null));
          expect(await findImprovementPlan(database.pool, ACADEMY_ID, YEAR, { position: null, on })).toEqual(expected(null, on));
        }
      }),
      { numRuns: 30, seed: SEED, endOnFailure: true },
    );
    expect(histories).toBeGreaterThan(15);
    // Every kind of event the read model folds came up.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'AimHeld',
        'CommissionedReviewCompleted',
        'CoreDayLogged naming a commitment',
        'ImprovementPlanConfirmed',
        'ImprovementPlanDrafted',
        'ImprovementPlanYearClosed',
        'PlanActionAdded',
        'PlanActionAmended',
        'PlanPriorityAdded',
        'PlanPriorityAmended',
        'PlanPriorityRated',
        'PlanSupportCommitted',
        'RechargeLogged naming a commitment',
        'RechargeReversed',
        'VisitFocusSet',
      ]),
    );
  }, 180_000);
});
