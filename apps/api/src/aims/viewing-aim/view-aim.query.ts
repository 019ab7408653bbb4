import { Query } from '@nestjs/cqrs';
import type { AimView } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Null when no such AIM had been scheduled (as known at readAt.position), or, with `on`, none dated by then. */
export class ViewAimQuery extends Query<AimView | null> {
  constructor(
    readonly aimId: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
