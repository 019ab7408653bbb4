import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findAcademyCard, listAims, type AimView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ListAimsQuery } from './list-aims.query.js';

@QueryHandler(ListAimsQuery)
export class ListAimsHandler implements IQueryHandler<ListAimsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academyId, readAt }: ListAimsQuery): Promise<AimView[] | null> {
    if ((await findAcademyCard(this.pool, academyId, readAt.position)) === null) return null;
    return listAims(this.pool, academyId, readAt);
  }
}
