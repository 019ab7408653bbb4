import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findPeerReviewGroup } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { withAcademyNames, type NamedPeerReviewGroup } from '../peer-review-academy-names.js';

export class ViewPeerReviewGroupQuery extends Query<NamedPeerReviewGroup | null> {
  constructor(readonly groupId: string) {
    super();
  }
}

@QueryHandler(ViewPeerReviewGroupQuery)
export class ViewPeerReviewGroupHandler implements IQueryHandler<ViewPeerReviewGroupQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ groupId }: ViewPeerReviewGroupQuery): Promise<NamedPeerReviewGroup | null> {
    const group = await findPeerReviewGroup(this.pool, groupId);
    return group === null ? null : ((await withAcademyNames(this.pool, [group]))[0] ?? null);
  }
}
