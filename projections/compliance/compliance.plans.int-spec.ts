import { withTransaction } from '@trust/database';
import type { DomainEvent, SupportTier } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { improvementPlansProjection } from '../improvement-plans/improvement-plans.projection.js';
import { ACADEMY_ID, ATTENDANCE, committed, coreDayLogged, drafted, priorityAdded, rechargeLogged, rechargeReversed, reviewCompleted, WRITING, YEAR } from '../improvement-plans/test-support/plan-events.js';
import { recordedEvent } from '../test-support/stored-events.js';
import { tierAssigned } from '../test-support/tier-assigned.js';
import { complianceProjection } from './compliance.projection.js';
import { complianceOf } from './compliance.queries.js';

const OTHER = '654321';

const registered = (academyId: string): DomainEvent => ({
  type: 'AcademyRegistered',
  data: { academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn: '2019-09-01', predecessorUrns: [] },
});
const decided = (academyId: string, tier: SupportTier): DomainEvent => tierAssigned({ academyId, academicYear: YEAR, tier, decisionId: `${academyId}-${tier}` });

/**
 * Compliance beside each academy's improvement plan: for Tier 2, the bespoke improvement strategy is the plan's
 * priorities (or no plan); for every tier, the support committed in the plan against what delivered it.
 */
describe('compliance with the improvement plans, against PostgreSQL', () => {
  let database: TestDatabase;
  let nextPosition: bigint;

  beforeEach(async () => {
    database = await createTestDatabase('til_compliance_plans');
    nextPosition = 1n;
  });

  afterEach(async () => {
    await database.drop();
  });

  async function apply(...events: DomainEvent[]): Promise<bigint> {
    const recorded: RecordedEvent[] = events.map((event) => recordedEvent(event, nextPosition++));
    for (const projection of [complianceProjection, improvementPlansProjection]) await withTransaction(database.pool, (client) => projection.apply(client, recorded));
    return nextPosition - 1n;
  }

  it("shows a Tier 2 academy's plan priorities as its strategy, and the support committed that was not delivered", async () => {
    await apply(registered(ACADEMY_ID), registered(OTHER), decided(ACADEMY_ID, 2), decided(OTHER, 2));
    await apply(drafted('2025-09-01'), priorityAdded(WRITING, '2025-09-02'), priorityAdded(ATTENDANCE, '2025-09-03', { kpis: ['attendance'] }));
    await apply(committed('c-1', { coreDays: 2, developmentDays: 4, reviews: 1, committedOn: '2025-09-10' }), committed('c-2', { coreDays: 1, developmentDays: 0, reviews: 0, committedOn: '2025-09-10' }));
    const beforeDeliveries = await apply(coreDayLogged(2, '2025-10-01', 'c-1'), rechargeLogged('r-1', 1, '2025-10-15', 'c-1'));
    await apply(rechargeLogged('r-2', 2, '2025-11-15', 'c-1'), rechargeReversed('r-2', '2025-11-15'), coreDayLogged(1.5, '2025-11-20', 'c-2'), reviewCompleted('2026-03-10', 'c-1'));

    const [entry, other] = (await complianceOf(database.pool, YEAR)).academies;
    expect(entry?.improvementStrategy).toEqual({
      plan: 'draft',
      priorities: [
        { priorityId: WRITING, title: `Priority ${WRITING}`, kpis: ['progress'] },
        { priorityId: ATTENDANCE, title: `Priority ${ATTENDANCE}`, kpis: ['attendance'] },
      ],
    });
    expect(entry?.committedSupport).toEqual({
      planned: { coreDays: 3, developmentDays: 4, reviews: 1 },
      delivered: { coreDays: 3.5, developmentDays: 1, reviews: 1 },
      // c-2's half day beyond its plan does not make up for anything of c-1's.
      undelivered: { coreDays: 0, developmentDays: 3, reviews: 0 },
      commitments: [
        expect.objectContaining({ commitmentId: 'c-1', kind: 'sle-lead-practitioner', undelivered: { coreDays: 0, developmentDays: 3, reviews: 0 }, deliveredInFull: false }),
        expect.objectContaining({ commitmentId: 'c-2', delivered: { coreDays: 1.5, developmentDays: 0, reviews: 0 }, deliveredInFull: true }),
      ],
    });
    expect(other).toMatchObject({ academyId: OTHER, improvementStrategy: { plan: 'none', priorities: [] }, committedSupport: { commitments: [] } });

    // As recorded before the later deliveries, and as it stood before the plan was drafted.
    const [asOf] = (await complianceOf(database.pool, YEAR, { position: beforeDeliveries, on: null }, ACADEMY_ID)).academies;
    expect(asOf?.committedSupport.delivered).toEqual({ coreDays: 2, developmentDays: 1, reviews: 0 });
    const [onTheFirst] = (await complianceOf(database.pool, YEAR, { position: null, on: '2025-09-01' }, ACADEMY_ID)).academies;
    expect(onTheFirst).toMatchObject({ tier: 2, improvementStrategy: { plan: 'draft', priorities: [] }, committedSupport: { commitments: [] } });
    const [inAugust] = (await complianceOf(database.pool, YEAR, { position: null, on: '2025-08-31' }, ACADEMY_ID)).academies;
    expect(inAugust).toMatchObject({ tier: null, improvementStrategy: null });
  });

  it('shows no strategy for Tiers 1 and 3, but the support committed whatever the tier', async () => {
    await apply(registered(ACADEMY_ID), decided(ACADEMY_ID, 3), drafted('2025-09-01'), priorityAdded(WRITING), committed('c-1', { coreDays: 0, developmentDays: 0, reviews: 2 }));
    const [entry] = (await complianceOf(database.pool, YEAR)).academies;
    expect(entry).toMatchObject({ tier: 3, improvementStrategy: null, committedSupport: { undelivered: { coreDays: 0, developmentDays: 0, reviews: 2 } } });
  });
});
