import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listAuditTrail, type AuditEventView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewAuditTrailQuery } from './view-audit-trail.query.js';

@QueryHandler(ViewAuditTrailQuery)
export class ViewAuditTrailHandler implements IQueryHandler<ViewAuditTrailQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ filter }: ViewAuditTrailQuery): Promise<AuditEventView[]> {
    return listAuditTrail(this.pool, filter);
  }
}
