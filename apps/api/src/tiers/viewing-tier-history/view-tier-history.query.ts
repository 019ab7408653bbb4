import { Query } from '@nestjs/cqrs';
import type { TierHistoryEntry } from '@trust/projections';

/** Null when no such academy is registered. */
export class ViewTierHistoryQuery extends Query<TierHistoryEntry[] | null> {
  constructor(readonly academyId: string) {
    super();
  }
}
