import { Query } from '@nestjs/cqrs';
import type { PeerReviewGroupAnswer } from '@trust/projections';

export class ViewPeerReviewGroupQuery extends Query<PeerReviewGroupAnswer | null> {
  constructor(readonly groupId: string) {
    super();
  }
}
