import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { complianceOf, type ComplianceAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import type { ReadAt } from '../../common/queries/read-at.js';

export class ViewComplianceQuery extends Query<ComplianceAnswer> {
  constructor(
    readonly academicYear: string,
    readonly readAt: ReadAt,
    /** One academy's entry only. */
    readonly academyId?: string,
  ) {
    super();
  }
}

@QueryHandler(ViewComplianceQuery)
export class ViewComplianceHandler implements IQueryHandler<ViewComplianceQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear, readAt, academyId }: ViewComplianceQuery): Promise<ComplianceAnswer> {
    return complianceOf(this.pool, academicYear, readAt, academyId);
  }
}
