import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { searchExpertise, type ExpertiseMatchView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { SearchExpertiseQuery } from './search-expertise.query.js';

@QueryHandler(SearchExpertiseQuery)
export class SearchExpertiseHandler implements IQueryHandler<SearchExpertiseQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ search }: SearchExpertiseQuery): Promise<ExpertiseMatchView[]> {
    return searchExpertise(this.pool, search);
  }
}
