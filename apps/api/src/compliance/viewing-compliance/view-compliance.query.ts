import { Query } from '@nestjs/cqrs';
import type { ComplianceAnswer } from '@trust/projections';

export class ViewComplianceQuery extends Query<ComplianceAnswer> {
  constructor(readonly academicYear: string) {
    super();
  }
}
