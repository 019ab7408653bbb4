import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listAcademyCards, type AcademyListItem } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ListAcademiesQuery } from './list-academies.query.js';

@QueryHandler(ListAcademiesQuery)
export class ListAcademiesHandler implements IQueryHandler<ListAcademiesQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute(_query: ListAcademiesQuery): Promise<AcademyListItem[]> {
    return listAcademyCards(this.pool);
  }
}
