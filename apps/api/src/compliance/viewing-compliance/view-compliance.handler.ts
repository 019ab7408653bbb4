import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { complianceOf, type ComplianceAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewComplianceQuery } from './view-compliance.query.js';

@QueryHandler(ViewComplianceQuery)
export class ViewComplianceHandler implements IQueryHandler<ViewComplianceQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear, readAt, academyId }: ViewComplianceQuery): Promise<ComplianceAnswer> {
    return complianceOf(this.pool, academicYear, readAt, academyId);
  }
}
