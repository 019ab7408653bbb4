import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { findAcademyCard, findAcademyCardOn, findImprovementPlan, withImpact, type ImprovementPlanWithImpact } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';
import { EVENT_STORE, PG_POOL } from '../../infrastructure/tokens.js';

export class ViewImprovementPlanQuery extends Query<ImprovementPlanWithImpact> {
  constructor(
    readonly academyId: string,
    readonly academicYear: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

/**
 * The plan from the improvement-plans read model, and beside each priority's RAG history its impact: the
 * targeted KPIs' figures term by term against their targets, read from the academy card as it stood at the same
 * moment (the card's own rows as of `asOf`; on a date, the card's own fold of the academy's stream, as
 * GET /academies/:id/card?on= answers). 404 for an academy not registered then, or a plan not drafted by then.
 */
@QueryHandler(ViewImprovementPlanQuery)
export class ViewImprovementPlanHandler implements IQueryHandler<ViewImprovementPlanQuery> {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ academyId, academicYear, readAt }: ViewImprovementPlanQuery): Promise<ImprovementPlanWithImpact> {
    const card = readAt.on === null ? await findAcademyCard(this.pool, academyId, readAt.position) : await findAcademyCardOn(this.store, academyId, readAt.on, readAt.position);
    if (card === null) {
      if ((await findAcademyCard(this.pool, academyId, readAt.position)) === null) throw DomainError.notFound(`academy ${academyId} is not registered`);
    }
    const plan = await findImprovementPlan(this.pool, academyId, academicYear, readAt);
    if (plan === null) {
      throw DomainError.notFound(`academy ${academyId} has no improvement plan for ${academicYear}${readAt.on === null ? '' : ` drafted by ${readAt.on}`}`);
    }
    return withImpact(plan, card?.kpis ?? []);
  }
}
