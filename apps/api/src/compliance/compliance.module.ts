import { Module } from '@nestjs/common';
import { ViewComplianceController } from './viewing-compliance/view-compliance.controller.js';
import { ViewComplianceHandler } from './viewing-compliance/view-compliance.handler.js';

/** What each tier requires and what each academy held (GET /compliance). */
@Module({
  controllers: [ViewComplianceController],
  providers: [ViewComplianceHandler],
})
export class ComplianceModule {}
