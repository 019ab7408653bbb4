import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { findPeerReviewGroup, type PeerReviewGroupAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewPeerReviewGroupQuery } from './view-peer-review-group.query.js';

@QueryHandler(ViewPeerReviewGroupQuery)
export class ViewPeerReviewGroupHandler implements IQueryHandler<ViewPeerReviewGroupQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ groupId }: ViewPeerReviewGroupQuery): Promise<PeerReviewGroupAnswer | null> {
    return findPeerReviewGroup(this.pool, groupId);
  }
}
