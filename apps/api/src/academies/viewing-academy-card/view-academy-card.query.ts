import { Query } from '@nestjs/cqrs';
import type { AcademyCardView } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (at that time, on that date). */
export class ViewAcademyCardQuery extends Query<AcademyCardView | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
