import { Query } from '@nestjs/cqrs';
import type { AimView } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such academy is registered (as known at readAt.position). */
export class ListAimsQuery extends Query<AimView[] | null> {
  constructor(
    readonly academyId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
