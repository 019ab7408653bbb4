import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listTierDecisions, type TierHistoryEntry } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Every decision of an academic year, or of every year when null, at readAt. */
export class ListTierDecisionsQuery extends Query<TierHistoryEntry[]> {
  constructor(
    readonly academicYear: string | null,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ListTierDecisionsQuery)
export class ListTierDecisionsHandler implements IQueryHandler<ListTierDecisionsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear, readAt }: ListTierDecisionsQuery): Promise<TierHistoryEntry[]> {
    return listTierDecisions(this.pool, academicYear, readAt);
  }
}
