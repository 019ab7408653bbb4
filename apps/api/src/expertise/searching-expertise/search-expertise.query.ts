import { Query } from '@nestjs/cqrs';
import type { ExpertiseMatchView, ExpertiseSearch } from '@trust/projections';

export class SearchExpertiseQuery extends Query<ExpertiseMatchView[]> {
  constructor(readonly search: ExpertiseSearch) {
    super();
  }
}
