import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listSafeguardingConcerns, type SafeguardingConcernAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

export class ListSafeguardingConcernsQuery extends Query<SafeguardingConcernAnswer[]> {
  constructor(readonly from: string | undefined) {
    super();
  }
}

@QueryHandler(ListSafeguardingConcernsQuery)
export class ListSafeguardingConcernsHandler implements IQueryHandler<ListSafeguardingConcernsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ from }: ListSafeguardingConcernsQuery): Promise<SafeguardingConcernAnswer[]> {
    return listSafeguardingConcerns(this.pool, from === undefined ? {} : { from });
  }
}
