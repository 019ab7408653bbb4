import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findAcademyCard, listTierHistory, type TierHistoryEntry } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (as known at readAt.position). */
export class ViewTierHistoryQuery extends Query<TierHistoryEntry[] | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ViewTierHistoryQuery)
export class ViewTierHistoryHandler implements IQueryHandler<ViewTierHistoryQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academyId, readAt }: ViewTierHistoryQuery): Promise<TierHistoryEntry[] | null> {
    if ((await findAcademyCard(this.pool, academyId, readAt.position)) === null) return null;
    return listTierHistory(this.pool, academyId, readAt);
  }
}
