import type { DomainEvent } from '@trust/domain';
import type { AcademyCardKpi } from '../academy-card/academy-card.js';
import { priorityImpact } from './improvement-plan-impact.js';
import {
  improvementPlanRecords,
  isImprovementPlansEvent,
  itemKey,
  planKey,
  planOn,
  type CurrentRecords,
  type ImprovementPlanRecords,
  type StoredAction,
  type StoredCommitment,
  type StoredDelivery,
  type StoredPlan,
  type StoredPlanRecords,
  type StoredPriority,
  type StoredRating,
} from './improvement-plans.js';
import {
  ACADEMY_ID,
  actionAdded,
  actionAmended,
  aimHeld,
  ATTENDANCE,
  closed,
  committed,
  confirmed,
  coreDayLogged,
  drafted,
  focusSet,
  priorityAdded,
  priorityAmended,
  rated,
  rechargeLogged,
  rechargeReversed,
  reviewCompleted,
  WRITING,
  YEAR,
} from './test-support/plan-events.js';

/** The read model in memory: every record's versions, as the writer would store them. */
class Store implements CurrentRecords {
  readonly plans = new Map<string, StoredPlan>();
  readonly priorities = new Map<string, StoredPriority>();
  readonly actions = new Map<string, StoredAction>();
  readonly ratings = new Map<string, StoredRating>();
  readonly commitments = new Map<string, StoredCommitment>();
  readonly deliveries = new Map<string, StoredDelivery>();
  private position = 0n;

  plan = (academyId: string, academicYear: string): StoredPlan | undefined => this.plans.get(planKey(academyId, academicYear));
  priority = (academyId: string, academicYear: string, id: string): StoredPriority | undefined => this.priorities.get(itemKey(academyId, academicYear, id));
  action = (academyId: string, academicYear: string, id: string): StoredAction | undefined => this.actions.get(itemKey(academyId, academicYear, id));
  rating = (id: string): StoredRating | undefined => this.ratings.get(id);
  delivery = (id: string): StoredDelivery | undefined => this.deliveries.get(id);

  /** Folds the events at the next positions; answers what each wrote. */
  apply(...events: DomainEvent[]): ImprovementPlanRecords[] {
    return events.map((event) => this.applyAt(event, (this.position += 1n)));
  }

  applyAt(event: DomainEvent, position: bigint): ImprovementPlanRecords {
    if (!isImprovementPlansEvent(event)) throw new Error(`${event.type} is not folded into the plans`);
    const records = improvementPlanRecords(event, position, this);
    for (const plan of records.plans) this.plans.set(planKey(plan.academyId, plan.academicYear), plan);
    for (const priority of records.priorities) this.priorities.set(itemKey(priority.academyId, priority.academicYear, priority.priorityId), priority);
    for (const action of records.actions) this.actions.set(itemKey(action.academyId, action.academicYear, action.actionId), action);
    for (const rating of records.ratings) this.ratings.set(rating.ratingId, rating);
    for (const commitment of records.commitments) this.commitments.set(commitment.commitmentId, commitment);
    for (const delivery of records.deliveries) this.deliveries.set(delivery.deliveryId, delivery);
    return records;
  }

  records(): StoredPlanRecords {
    const plan = this.plan(ACADEMY_ID, YEAR);
    if (plan === undefined) throw new Error('no plan');
    return {
      plan,
      priorities: [...this.priorities.values()],
      actions: [...this.actions.values()],
      ratings: [...this.ratings.values()],
      commitments: [...this.commitments.values()],
      deliveries: [...this.deliveries.values()],
    };
  }

  on(on: string | null): ReturnType<typeof planOn> {
    return planOn(this.records(), on);
  }
}

const written = (records: ImprovementPlanRecords): number => Object.values(records as unknown as Record<string, unknown[]>).reduce((sum, list) => sum + list.length, 0);

describe('the improvement-plans fold', () => {
  it('keeps each priority with every version, each amendment with the AIM it was made at, and shows the latest', () => {
    const store = new Store();
    store.apply(drafted(), priorityAdded(WRITING), priorityAdded(ATTENDANCE, '2025-09-04', { kpis: ['attendance'] }), priorityAmended(WRITING, '2025-11-05'));
    const plan = store.on(null);
    expect(plan?.priorities.map((priority) => [priority.priorityId, priority.title, priority.addedOn])).toEqual([
      [WRITING, 'Writing across Key Stage 2', '2025-09-02'],
      [ATTENDANCE, `Priority ${ATTENDANCE}`, '2025-09-04'],
    ]);
    expect(plan?.priorities[0]?.amendments).toEqual([
      expect.objectContaining({ amendedOn: '2025-11-05', aimId: 'aim-autumn', title: 'Writing across Key Stage 2', targets: [expect.objectContaining({ kpi: 'progress' }), expect.objectContaining({ kpi: 'attendance' })] }),
    ]);
    expect(plan?.priorities[0]?.owners.map((owner) => owner.name)).toEqual(['Ann Head']);
  });

  it('merges the ratings of the plan, of AIMs and of visits\' hosts into one history by day, the free-text ones left out', () => {
    const store = new Store();
    store.apply(
      drafted(),
      priorityAdded(WRITING),
      priorityAdded(ATTENDANCE, '2025-09-04'),
      rated('red', '2025-09-20'),
      aimHeld('aim-autumn', '2025-11-05', [
        { priorityId: WRITING, rag: 'amber' },
        { priorityId: null, rag: 'green' },
        { priorityId: ATTENDANCE, rag: 'green' },
      ]),
      // Recorded after the AIM, about an earlier day.
      focusSet('visit-1', '2025-10-08', [{ priorityId: WRITING, rag: 'red' }]),
    );
    const [writing, attendance] = store.on(null)?.priorities ?? [];
    expect(writing?.ragHistory.map(({ rating, ratedOn, source }) => [rating, ratedOn, source.kind, source.aimId ?? source.visitId])).toEqual([
      ['red', '2025-09-20', 'direct', null],
      ['red', '2025-10-08', 'peer-visit', 'visit-1'],
      ['amber', '2025-11-05', 'aim', 'aim-autumn'],
    ]);
    expect(writing?.ragHistory[0]?.ratedBy).toEqual({ userId: 'dee', name: 'Dee Director', role: 'improvement-director' });
    expect(writing?.currentRating).toBe('amber');
    expect(attendance?.ragHistory.map(({ rating, source }) => [rating, source.kind])).toEqual([['green', 'aim']]);
  });

  it('reads the plan as it stood on a day: the versions, ratings, actions and status dated by then; null before its draft', () => {
    const store = new Store();
    store.apply(
      drafted('2025-09-01'),
      priorityAdded(WRITING, '2025-09-02'),
      actionAdded('a-1', WRITING, '2025-09-03'),
      confirmed('2025-10-01', 'aim-autumn'),
      rated('red', '2025-09-20'),
      priorityAmended(WRITING, '2025-11-05'),
      rated('amber', '2025-11-05'),
      actionAmended('done', '2025-12-01'),
      closed('2026-08-31'),
    );
    const before = store.on('2025-11-04');
    expect(before).toMatchObject({ status: 'confirmed', confirmations: [{ confirmedOn: '2025-10-01', aimId: 'aim-autumn' }], closedOn: null });
    expect(before?.priorities[0]).toMatchObject({ title: `Priority ${WRITING}`, amendments: [], currentRating: 'red', actions: [{ actionId: 'a-1', status: 'not-started', dueOn: '2026-02-13' }] });
    expect(store.on('2025-12-01')?.priorities[0]).toMatchObject({ title: 'Writing across Key Stage 2', currentRating: 'amber', actions: [{ status: 'done', dueOn: '2026-03-13' }] });
    expect(store.on('2025-09-15')).toMatchObject({ status: 'draft', confirmations: [] });
    expect(store.on(null)).toMatchObject({ status: 'closed', closedOn: '2026-08-31' });
    expect(store.on('2025-08-31')).toBeNull();
  });

  it('folds an event applied a second time into nothing', () => {
    const store = new Store();
    const events = [drafted(), priorityAdded(WRITING), priorityAmended(WRITING), actionAdded(), actionAmended('done'), confirmed(), closed(), focusSet('visit-1', '2025-10-08', [{ priorityId: WRITING, rag: 'red' }])];
    events.forEach((event, index) => store.applyAt(event, BigInt(index + 1)));
    const before = store.on(null);
    events.forEach((event, index) => expect(written(store.applyAt(event, BigInt(index + 1)))).toBe(0));
    expect(store.on(null)).toEqual(before);
  });

  it('replaces a visit\'s ratings when its focus is set again: one it no longer gives is withdrawn', () => {
    const store = new Store();
    store.apply(
      drafted(),
      priorityAdded(WRITING),
      priorityAdded(ATTENDANCE, '2025-09-04'),
      focusSet('visit-1', '2025-10-06', [
        { priorityId: WRITING, rag: 'red' },
        { priorityId: ATTENDANCE, rag: 'amber' },
      ]),
      focusSet('visit-1', '2025-10-07', [{ priorityId: ATTENDANCE, rag: 'green' }]),
    );
    const [writing, attendance] = store.on(null)?.priorities ?? [];
    expect(writing?.ragHistory).toEqual([]);
    expect(attendance?.ragHistory.map(({ rating, ratedOn }) => [rating, ratedOn])).toEqual([['green', '2025-10-07']]);
    expect(store.ratings.get('visit:visit-1:1')).toMatchObject({ withdrawn: true });
  });

  it("dates a host's rating by the day the focus rated it: a week before a visit recorded after the fact, not the day it was entered", () => {
    const store = new Store();
    store.apply(drafted(), priorityAdded(WRITING), focusSet('visit-1', '2026-01-20', [{ priorityId: WRITING, rag: 'amber' }], undefined, '2025-10-08'));
    expect(store.on(null)?.priorities[0]?.ragHistory.map(({ rating, ratedOn }) => [rating, ratedOn])).toEqual([['amber', '2025-10-08']]);
    expect(store.on('2025-10-08')?.priorities[0]?.ragHistory).toHaveLength(1);
    expect(store.on('2025-10-07')?.priorities[0]?.ragHistory).toEqual([]);
  });

  it('takes no rating from a focus or an AIM stored before they named plan priorities', () => {
    const store = new Store();
    const [, , visit, aim] = store.apply(drafted(), priorityAdded(WRITING), focusSet('visit-1', '2025-10-06', [{ priorityId: WRITING, rag: 'red' }], null), aimHeld('aim-1', '2025-11-05', [{ priorityId: null, rag: 'red' }]));
    expect([written(visit!), written(aim!)]).toEqual([0, 0]);
  });

  it('shows each commitment planned against delivered: core days, recharged development days and reviews naming it, a reversed recharge not', () => {
    const store = new Store();
    store.apply(
      drafted(),
      priorityAdded(WRITING),
      committed('c-1', { coreDays: 2, developmentDays: 4, reviews: 1 }),
      coreDayLogged(1.5, '2025-10-01'),
      coreDayLogged(1, '2025-10-02', null),
      rechargeLogged('r-1', 2, '2025-10-15'),
      rechargeLogged('r-2', 1, '2025-11-15'),
      rechargeReversed('r-2', '2025-11-15'),
      rechargeReversed('r-unrelated', '2025-11-15'),
      reviewCompleted('2026-03-10', 'c-other'),
    );
    const [commitment] = store.on(null)?.commitments ?? [];
    expect(commitment).toMatchObject({
      commitmentId: 'c-1',
      kind: 'sle-lead-practitioner',
      planned: { coreDays: 2, developmentDays: 4, reviews: 1 },
      delivered: { coreDays: 1.5, developmentDays: 2, reviews: 0 },
      undelivered: { coreDays: 0.5, developmentDays: 2, reviews: 1 },
      deliveredInFull: false,
      deliveries: [
        { kind: 'core-days', amount: 1.5, deliveredOn: '2025-10-01', rechargeId: null },
        { kind: 'development-days', amount: 2, deliveredOn: '2025-10-15', rechargeId: 'r-1' },
      ],
    });
    expect(store.on('2025-10-10')?.commitments[0]?.delivered).toEqual({ coreDays: 1.5, developmentDays: 0, reviews: 0 });

    store.apply(coreDayLogged(0.5, '2026-01-10'), rechargeLogged('r-3', 2, '2026-02-01'), reviewCompleted('2026-03-10'));
    expect(store.on(null)?.commitments[0]).toMatchObject({ undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, deliveredInFull: true });
  });
});

describe('a priority\'s impact', () => {
  const row = (kpi: AcademyCardKpi['kpi'], term: AcademyCardKpi['term'], value: number | null, academicYear = YEAR): AcademyCardKpi => ({
    kpi,
    academicYear,
    term,
    value,
    target: 70,
    nationalAverage: null,
    source: value === null ? null : 'academy-data',
    rag: value === null ? 'grey' : value >= 70 ? 'green' : 'red',
    corrected: false,
  });

  it('gives each targeted KPI term by term of the plan\'s year against its target, from the card\'s rows', () => {
    const kpis = [row('progress', 'autumn', 61), row('progress', 'spring', 72), row('progress', 'summer', 80, '2024/25'), row('attendance', null, null)];
    expect(
      priorityImpact(
        {
          targets: [
            { kpi: 'progress', successCriteria: 'At target' },
            { kpi: 'attendance', successCriteria: 'Persistent absence below 10%' },
          ],
        },
        kpis,
        YEAR,
      ),
    ).toEqual([
      {
        kpi: 'progress',
        successCriteria: 'At target',
        target: 70,
        terms: [
          { term: 'autumn', value: 61, rag: 'red', corrected: false },
          { term: 'spring', value: 72, rag: 'green', corrected: false },
          { term: 'summer', value: null, rag: null, corrected: false },
        ],
      },
      { kpi: 'attendance', successCriteria: 'Persistent absence below 10%', target: 70, terms: ['autumn', 'spring', 'summer'].map((term) => ({ term, value: null, rag: null, corrected: false })) },
    ]);
  });
});
