import { Query } from '@nestjs/cqrs';
import type { AuditEventView, AuditTrailFilter } from '@trust/projections';

export class ViewAuditTrailQuery extends Query<AuditEventView[]> {
  constructor(readonly filter: AuditTrailFilter) {
    super();
  }
}
