import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@trust/event-store';
import { findAcademyCard, findAcademyCardOn, type AcademyCardView } from '@trust/projections';
import { EVENT_STORE, PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (at that time, on that date). */
export class ViewAcademyCardQuery extends Query<AcademyCardView | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ViewAcademyCardQuery)
export class ViewAcademyCardHandler implements IQueryHandler<ViewAcademyCardQuery> {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ academyId, readAt }: ViewAcademyCardQuery): Promise<AcademyCardView | null> {
    // As recorded: a stored version of the card. As effective: a document, so folded from the academy's own stream.
    if (readAt.on === null) return findAcademyCard(this.pool, academyId, readAt.position);
    return findAcademyCardOn(this.store, academyId, readAt.on, readAt.position);
  }
}
