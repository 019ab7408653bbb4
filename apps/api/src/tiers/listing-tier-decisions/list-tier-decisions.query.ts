import { Query } from '@nestjs/cqrs';
import type { TierHistoryEntry } from '@trust/projections';

/** Every decision of an academic year, or of every year when null. */
export class ListTierDecisionsQuery extends Query<TierHistoryEntry[]> {
  constructor(readonly academicYear: string | null) {
    super();
  }
}
