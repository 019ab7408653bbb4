import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { searchExpertise, type ExpertiseMatchView, type ExpertiseSearch } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

export class SearchExpertiseQuery extends Query<ExpertiseMatchView[]> {
  constructor(readonly search: ExpertiseSearch) {
    super();
  }
}

@QueryHandler(SearchExpertiseQuery)
export class SearchExpertiseHandler implements IQueryHandler<SearchExpertiseQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ search }: SearchExpertiseQuery): Promise<ExpertiseMatchView[]> {
    return searchExpertise(this.pool, search);
  }
}
