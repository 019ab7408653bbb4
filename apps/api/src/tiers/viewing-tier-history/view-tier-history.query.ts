import { Query } from '@nestjs/cqrs';
import type { TierHistoryEntry } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (as known at readAt.position). */
export class ViewTierHistoryQuery extends Query<TierHistoryEntry[] | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
