import { Module } from '@nestjs/common';
import { ViewAuditTrailController } from './viewing-audit-trail/view-audit-trail.controller.js';
import { ViewAuditTrailHandler } from './viewing-audit-trail/view-audit-trail.handler.js';
import { HistoryPositionController } from './reading-position/history-position.controller.js';
import { HistoryDigestController } from './verifying-history/history-digest.controller.js';
import { VerifyHistoryController } from './verifying-history/verify-history.controller.js';

/** The audit trail (GET /audit): every event, filtered and paged; and the proof the history was not altered (GET /audit/digest, /audit/verify); where it stood at a moment (GET /audit/position). */
@Module({
  controllers: [HistoryDigestController, HistoryPositionController, VerifyHistoryController, ViewAuditTrailController],
  providers: [ViewAuditTrailHandler],
})
export class AuditModule {}
