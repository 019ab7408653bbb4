import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@trust/event-store';
import { listAcademyCards, listAcademyCardsOn, type AcademyListItem } from '@trust/projections';
import { EVENT_STORE, PG_POOL } from '../../infrastructure/tokens.js';
import type { AcademyVisibility } from '../../access/access-policy.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/**
 * The academies the asker may see (every one, or only those listed: a headteacher's, a governor's, a
 * SIP's own), read at `readAt` on both time axes.
 */
export class ListAcademiesQuery extends Query<AcademyListItem[]> {
  constructor(
    readonly visible: AcademyVisibility,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ListAcademiesQuery)
export class ListAcademiesHandler implements IQueryHandler<ListAcademiesQuery> {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ visible, readAt }: ListAcademiesQuery): Promise<AcademyListItem[]> {
    const own = visible === 'all' ? null : new Set(visible);
    // As effective: each card is a document, folded from its academy's own stream, as GET /academies/:id/card does.
    if (readAt.on !== null) return listAcademyCardsOn(this.pool, this.store, readAt.on, readAt.position, own);
    const academies = await listAcademyCards(this.pool, readAt.position);
    // A trust has dozens of academies, not thousands: filtering the list here is cheap.
    return own === null ? academies : academies.filter((academy) => own.has(academy.academyId));
  }
}
