import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findPeerReviewVisit, type PeerReviewVisitAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewPeerReviewVisitQuery } from './view-peer-review-visit.query.js';

@QueryHandler(ViewPeerReviewVisitQuery)
export class ViewPeerReviewVisitHandler implements IQueryHandler<ViewPeerReviewVisitQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ visitId }: ViewPeerReviewVisitQuery): Promise<PeerReviewVisitAnswer | null> {
    return findPeerReviewVisit(this.pool, visitId);
  }
}
