import { Query } from '@nestjs/cqrs';
import type { PeerReviewVisitAnswer } from '@trust/projections';

export class ViewPeerReviewVisitQuery extends Query<PeerReviewVisitAnswer | null> {
  constructor(readonly visitId: string) {
    super();
  }
}
