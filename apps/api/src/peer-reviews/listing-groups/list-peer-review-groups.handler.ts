import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listPeerReviewGroups, type PeerReviewGroupAnswer } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';

/** Every group, of one academic year when given; the controller keeps those the caller may see. */
export class ListPeerReviewGroupsQuery extends Query<PeerReviewGroupAnswer[]> {
  constructor(readonly academicYear: string | undefined) {
    super();
  }
}

@QueryHandler(ListPeerReviewGroupsQuery)
export class ListPeerReviewGroupsHandler implements IQueryHandler<ListPeerReviewGroupsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear }: ListPeerReviewGroupsQuery): Promise<PeerReviewGroupAnswer[]> {
    return listPeerReviewGroups(this.pool, academicYear === undefined ? {} : { academicYear });
  }
}
