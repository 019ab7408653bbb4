import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listTierDecisions, type TierHistoryEntry } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ListTierDecisionsQuery } from './list-tier-decisions.query.js';

@QueryHandler(ListTierDecisionsQuery)
export class ListTierDecisionsHandler implements IQueryHandler<ListTierDecisionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear, readAt }: ListTierDecisionsQuery): Promise<TierHistoryEntry[]> {
    return listTierDecisions(this.pool, academicYear, readAt);
  }
}
