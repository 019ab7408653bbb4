import { Query } from '@nestjs/cqrs';
import type { SafeguardingConcernAnswer } from '@trust/projections';

export class ListSafeguardingConcernsQuery extends Query<SafeguardingConcernAnswer[]> {
  constructor(readonly from: string | undefined) {
    super();
  }
}
