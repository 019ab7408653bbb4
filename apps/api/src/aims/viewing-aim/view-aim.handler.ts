import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findAim, type AimView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewAimQuery } from './view-aim.query.js';

@QueryHandler(ViewAimQuery)
export class ViewAimHandler implements IQueryHandler<ViewAimQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ aimId, readAt }: ViewAimQuery): Promise<AimView | null> {
    return findAim(this.pool, aimId, readAt);
  }
}
