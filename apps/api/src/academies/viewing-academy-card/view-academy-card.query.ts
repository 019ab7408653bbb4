import { Query } from '@nestjs/cqrs';
import type { AcademyCardView } from '@trust/projections';

/** Null when no such academy is registered. */
export class ViewAcademyCardQuery extends Query<AcademyCardView | null> {
  constructor(readonly academyId: string) {
    super();
  }
}
