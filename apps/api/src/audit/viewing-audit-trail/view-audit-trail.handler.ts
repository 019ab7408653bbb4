import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listAuditTrail, type AuditEventView, type AuditTrailFilter } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

export class ViewAuditTrailQuery extends Query<AuditEventView[]> {
  constructor(readonly filter: AuditTrailFilter) {
    super();
  }
}

@QueryHandler(ViewAuditTrailQuery)
export class ViewAuditTrailHandler implements IQueryHandler<ViewAuditTrailQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ filter }: ViewAuditTrailQuery): Promise<AuditEventView[]> {
    return listAuditTrail(this.pool, filter);
  }
}
