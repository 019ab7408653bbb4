import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findPeerReviewVisit, type PeerReviewVisitAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

export class ViewPeerReviewVisitQuery extends Query<PeerReviewVisitAnswer | null> {
  constructor(readonly visitId: string) {
    super();
  }
}

@QueryHandler(ViewPeerReviewVisitQuery)
export class ViewPeerReviewVisitHandler implements IQueryHandler<ViewPeerReviewVisitQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ visitId }: ViewPeerReviewVisitQuery): Promise<PeerReviewVisitAnswer | null> {
    return findPeerReviewVisit(this.pool, visitId);
  }
}
