import { Query } from '@nestjs/cqrs';
import type { TierHistoryEntry } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Every decision of an academic year, or of every year when null, at readAt. */
export class ListTierDecisionsQuery extends Query<TierHistoryEntry[]> {
  constructor(
    readonly academicYear: string | null,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
