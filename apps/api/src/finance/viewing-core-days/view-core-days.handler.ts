import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CORE_DAYS_PER_YEAR, coreDaysDecider, coreDaysLeft, coreDaysStreamId, domainEventCodec } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { aimCoreDaysOfYear } from '@trust/projections';
import { RegisteredAcademies } from '../../common/academies/registered-academies.js';
import { EVENT_STORE, PG_POOL } from '../../infrastructure/tokens.js';

/** An academy's core days of a year, as POST /academies/:id/core-days counts them. */
export interface CoreDaysView {
  academyId: string;
  academicYear: string;
  entitled: number;
  /** Core days logged in the year. */
  logged: number;
  /** Days the year's AIMs take, scheduled or held. */
  aimDays: number;
  /** What a core day logged now may take at most. */
  left: number;
}

export class ViewCoreDaysQuery extends Query<CoreDaysView> {
  constructor(
    readonly academyId: string,
    readonly academicYear: string,
  ) {
    super();
  }
}

/**
 * The days logged folded from the year's core-days stream, and the AIMs' days from the aims read model, exactly
 * as the command reads them before deciding; so what is shown left is what the command accepts.
 */
@QueryHandler(ViewCoreDaysQuery)
export class ViewCoreDaysHandler implements IQueryHandler<ViewCoreDaysQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly academies: RegisteredAcademies,
  ) {}

  async execute({ academyId, academicYear }: ViewCoreDaysQuery): Promise<CoreDaysView> {
    await this.academies.ensure([academyId]);
    let state = coreDaysDecider.initialState();
    for await (const recorded of this.store.readStream(coreDaysStreamId(academyId, academicYear))) {
      const event = domainEventCodec.decode(recorded);
      if (event.type === 'CoreDayLogged') state = coreDaysDecider.evolve(state, event);
    }
    const aimDays = await aimCoreDaysOfYear(this.pool, academyId, academicYear);
    return { academyId, academicYear, entitled: CORE_DAYS_PER_YEAR, logged: state.daysUsed, aimDays, left: coreDaysLeft(state.daysUsed, aimDays) };
  }
}
