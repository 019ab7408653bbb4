import { Query } from '@nestjs/cqrs';
import type { AcademyListItem } from '@trust/projections';
import type { AcademyVisibility } from '../../access/access-policy.js';

/** The academies the asker may see: every one, or only those listed (a headteacher's, a governor's, a SIP's own). */
export class ListAcademiesQuery extends Query<AcademyListItem[]> {
  constructor(readonly visible: AcademyVisibility) {
    super();
  }
}
