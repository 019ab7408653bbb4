import { Module } from '@nestjs/common';
import { AgreeAimFocusController } from './agreeing-aim-focus/agree-aim-focus.controller.js';
import { AimAcademies } from './aim-academies.js';
import { PublishAimReportHandler } from './publishing-aim-report/publish-aim-report.handler.js';
import { HoldAimHandler } from './holding-aim/hold-aim.handler.js';
import { CheckAimDocumentsHandler } from './checking-aim-documents/check-aim-documents.handler.js';
import { SubmitAimDocumentHandler } from './submitting-aim-document/submit-aim-document.handler.js';
import { AgreeAimFocusHandler } from './agreeing-aim-focus/agree-aim-focus.handler.js';
import { RescheduleAimHandler } from './rescheduling-aim/reschedule-aim.handler.js';
import { ScheduleAimHandler } from './scheduling-aim/schedule-aim.handler.js';
import { AimCommandRunner } from './aim-command-runner.js';
import { CheckAimDocumentsController } from './checking-aim-documents/check-aim-documents.controller.js';
import { HoldAimController } from './holding-aim/hold-aim.controller.js';
import { ListAimsController } from './listing-aims/list-aims.controller.js';
import { ListAimsHandler } from './listing-aims/list-aims.handler.js';
import { PublishAimReportController } from './publishing-aim-report/publish-aim-report.controller.js';
import { RescheduleAimController } from './rescheduling-aim/reschedule-aim.controller.js';
import { ScheduleAimController } from './scheduling-aim/schedule-aim.controller.js';
import { SubmitAimDocumentController } from './submitting-aim-document/submit-aim-document.controller.js';
import { ViewAimController } from './viewing-aim/view-aim.controller.js';
import { ViewAimHandler } from './viewing-aim/view-aim.handler.js';

/** Academy Improvement Meetings: one vertical slice per command and query, each command's handler running it through the AIM runner. */
@Module({
  controllers: [
    ScheduleAimController,
    RescheduleAimController,
    AgreeAimFocusController,
    SubmitAimDocumentController,
    CheckAimDocumentsController,
    HoldAimController,
    PublishAimReportController,
    ViewAimController,
    ListAimsController,
  ],
  providers: [AimAcademies, AimCommandRunner, ScheduleAimHandler, RescheduleAimHandler, AgreeAimFocusHandler, SubmitAimDocumentHandler, CheckAimDocumentsHandler, HoldAimHandler, PublishAimReportHandler, ViewAimHandler, ListAimsHandler],
})
export class AimsModule {}
