import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listSafeguardingConcerns, type SafeguardingConcernAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ListSafeguardingConcernsQuery } from './list-safeguarding-concerns.query.js';

@QueryHandler(ListSafeguardingConcernsQuery)
export class ListSafeguardingConcernsHandler implements IQueryHandler<ListSafeguardingConcernsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ from }: ListSafeguardingConcernsQuery): Promise<SafeguardingConcernAnswer[]> {
    return listSafeguardingConcerns(this.pool, from === undefined ? {} : { from });
  }
}
