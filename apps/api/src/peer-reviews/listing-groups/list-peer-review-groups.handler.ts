import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listPeerReviewGroups } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { withAcademyNames, type NamedPeerReviewGroup } from '../peer-review-academy-names.js';

/** Every group, of one academic year when given; the controller keeps those the caller may see. */
export class ListPeerReviewGroupsQuery extends Query<NamedPeerReviewGroup[]> {
  constructor(readonly academicYear: string | undefined) {
    super();
  }
}

@QueryHandler(ListPeerReviewGroupsQuery)
export class ListPeerReviewGroupsHandler implements IQueryHandler<ListPeerReviewGroupsQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academicYear }: ListPeerReviewGroupsQuery): Promise<NamedPeerReviewGroup[]> {
    return withAcademyNames(this.pool, await listPeerReviewGroups(this.pool, academicYear === undefined ? {} : { academicYear }));
  }
}
