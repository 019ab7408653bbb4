import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findPeerReviewGroup, type PeerReviewGroupAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

export class ViewPeerReviewGroupQuery extends Query<PeerReviewGroupAnswer | null> {
  constructor(readonly groupId: string) {
    super();
  }
}

@QueryHandler(ViewPeerReviewGroupQuery)
export class ViewPeerReviewGroupHandler implements IQueryHandler<ViewPeerReviewGroupQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ groupId }: ViewPeerReviewGroupQuery): Promise<PeerReviewGroupAnswer | null> {
    return findPeerReviewGroup(this.pool, groupId);
  }
}
