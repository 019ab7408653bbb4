import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { openStoredData, type SubjectKeyStore } from '@trust/personal-data';
import { listAuditTrail, type AuditEventView, type AuditTrailFilter } from '@trust/projections';
import { PG_POOL, SUBJECT_KEYS } from '../../infrastructure/tokens.js';

export class ViewAuditTrailQuery extends Query<AuditEventView[]> {
  constructor(readonly filter: AuditTrailFilter) {
    super();
  }
}

@QueryHandler(ViewAuditTrailQuery)
export class ViewAuditTrailHandler implements IQueryHandler<ViewAuditTrailQuery> {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
  ) {}

  execute({ filter }: ViewAuditTrailQuery): Promise<AuditEventView[]> {
    // The trail keeps events as stored, personal data sealed: opened here, so an erasure shows at once.
    return listAuditTrail(this.pool, filter, (events) => openStoredData(this.keys, events));
  }
}
