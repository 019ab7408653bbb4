import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listAcademyCards, type AcademyListItem } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ListAcademiesQuery } from './list-academies.query.js';

@QueryHandler(ListAcademiesQuery)
export class ListAcademiesHandler implements IQueryHandler<ListAcademiesQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ visible }: ListAcademiesQuery): Promise<AcademyListItem[]> {
    const academies = await listAcademyCards(this.pool);
    if (visible === 'all') return academies;
    // A trust has dozens of academies, not thousands: filtering the list here is cheap.
    const own = new Set(visible);
    return academies.filter((academy) => own.has(academy.academyId));
  }
}
