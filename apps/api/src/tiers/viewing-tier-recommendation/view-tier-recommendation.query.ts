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
  ) {
    super();
  }
}
