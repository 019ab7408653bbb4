import { Query } from '@nestjs/cqrs';
import type { AcademyListItem } from '@trust/projections';
import type { AcademyVisibility } from '../../access/access-policy.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/**
 * The academies the asker may see (every one, or only those listed: a headteacher's, a governor's, a
 * SIP's own), read at `readAt` on both time axes.
 */
export class ListAcademiesQuery extends Query<AcademyListItem[]> {
  constructor(
    readonly visible: AcademyVisibility,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
