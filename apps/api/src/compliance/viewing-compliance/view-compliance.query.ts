import { Query } from '@nestjs/cqrs';
import type { ComplianceAnswer } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

export class ViewComplianceQuery extends Query<ComplianceAnswer> {
  constructor(
    readonly academicYear: string,
    readonly readAt: ReadAt,
    /** One academy's entry only. */
    readonly academyId?: string,
  ) {
    super();
  }
}
