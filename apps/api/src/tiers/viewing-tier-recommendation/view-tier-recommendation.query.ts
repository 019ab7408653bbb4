import { Query } from '@nestjs/cqrs';
import type { TierRecommendation } from '@trust/domain';

export type TierRecommendationView = TierRecommendation & {
  academyId: string;
  /** Global position of the academy stream's last event read. */
  position: string;
};

/** Null when no such academy is registered. */
export class ViewTierRecommendationQuery extends Query<TierRecommendationView | null> {
  constructor(
    readonly academyId: string,
    readonly academicYear: string,
    /** The day of the decision whose recommendation is wanted; null for every item recorded so far. */
    readonly decidedOn: string | null,
  ) {
    super();
  }
}
