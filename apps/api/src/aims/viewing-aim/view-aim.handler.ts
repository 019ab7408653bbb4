import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findAim, type AimView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such AIM had been scheduled (as known at readAt.position), or, with `on`, none dated by then. */
export class ViewAimQuery extends Query<AimView | null> {
  constructor(
    readonly aimId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}

@QueryHandler(ViewAimQuery)
export class ViewAimHandler implements IQueryHandler<ViewAimQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ aimId, readAt }: ViewAimQuery): Promise<AimView | null> {
    return findAim(this.pool, aimId, readAt);
  }
}
