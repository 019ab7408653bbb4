import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findAcademyCard, listAims, type AimView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (as known at readAt.position). */
export class ListAimsQuery extends Query<AimView[] | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ListAimsQuery)
export class ListAimsHandler implements IQueryHandler<ListAimsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academyId, readAt }: ListAimsQuery): Promise<AimView[] | null> {
    if ((await findAcademyCard(this.pool, academyId, readAt.position)) === null) return null;
    return listAims(this.pool, academyId, readAt);
  }
}
