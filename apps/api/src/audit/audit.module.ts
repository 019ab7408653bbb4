import { Module } from '@nestjs/common';
import { ViewAuditTrailController } from './viewing-audit-trail/view-audit-trail.controller.js';
import { ViewAuditTrailHandler } from './viewing-audit-trail/view-audit-trail.handler.js';

/** The audit trail (GET /audit): every event, filtered and paged. */
@Module({
  controllers: [ViewAuditTrailController],
  providers: [ViewAuditTrailHandler],
})
export class AuditModule {}
