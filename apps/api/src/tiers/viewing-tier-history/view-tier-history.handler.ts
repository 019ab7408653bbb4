import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findAcademyCard, listTierHistory, type TierHistoryEntry } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewTierHistoryQuery } from './view-tier-history.query.js';

@QueryHandler(ViewTierHistoryQuery)
export class ViewTierHistoryHandler implements IQueryHandler<ViewTierHistoryQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academyId, readAt }: ViewTierHistoryQuery): Promise<TierHistoryEntry[] | null> {
    if ((await findAcademyCard(this.pool, academyId, readAt.position)) === null) return null;
    return listTierHistory(this.pool, academyId, readAt);
  }
}
