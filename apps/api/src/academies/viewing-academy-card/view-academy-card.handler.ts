import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findAcademyCard, type AcademyCardView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewAcademyCardQuery } from './view-academy-card.query.js';

@QueryHandler(ViewAcademyCardQuery)
export class ViewAcademyCardHandler implements IQueryHandler<ViewAcademyCardQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academyId }: ViewAcademyCardQuery): Promise<AcademyCardView | null> {
    return findAcademyCard(this.pool, academyId);
  }
}
