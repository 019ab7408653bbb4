import { Module } from '@nestjs/common';
import { FormPeerReviewGroupController } from './forming-group/form-peer-review-group.controller.js';
import { FormPeerReviewGroupHandler } from './forming-group/form-peer-review-group.handler.js';
import { ListSafeguardingConcernsController } from './listing-concerns/list-safeguarding-concerns.controller.js';
import { ListSafeguardingConcernsHandler } from './listing-concerns/list-safeguarding-concerns.handler.js';
import { ListPeerReviewGroupsController } from './listing-groups/list-peer-review-groups.controller.js';
import { ListPeerReviewGroupsHandler } from './listing-groups/list-peer-review-groups.handler.js';
import { PeerReviewDiary } from './peer-review-diary.js';
import { RecordVisitObservationsController } from './recording-observations/record-visit-observations.controller.js';
import { RecordVisitObservationsHandler } from './recording-observations/record-visit-observations.handler.js';
import { RecordVisitController } from './recording-visit/record-visit.controller.js';
import { RecordVisitHandler } from './recording-visit/record-visit.handler.js';
import { ScheduleReviewVisitController } from './scheduling-visit/schedule-review-visit.controller.js';
import { ScheduleReviewVisitHandler } from './scheduling-visit/schedule-review-visit.handler.js';
import { SetVisitFocusController } from './setting-focus/set-visit-focus.controller.js';
import { SetVisitFocusHandler } from './setting-focus/set-visit-focus.handler.js';
import { SubmitPeerReviewReportController } from './submitting-report/submit-peer-review-report.controller.js';
import { SubmitPeerReviewReportHandler } from './submitting-report/submit-peer-review-report.handler.js';
import { ViewPeerReviewGroupController } from './viewing-group/view-peer-review-group.controller.js';
import { ViewPeerReviewGroupHandler } from './viewing-group/view-peer-review-group.handler.js';
import { ViewPeerReviewVisitController } from './viewing-visit/view-peer-review-visit.controller.js';
import { ViewPeerReviewVisitHandler } from './viewing-visit/view-peer-review-visit.handler.js';
import { VisitCommandRunner } from './visit-command-runner.js';

/** Peer reviews (interim AIMs, seed 003): groups, their diaries of visits, and each visit's confidential contents. */
@Module({
  controllers: [
    FormPeerReviewGroupController,
    ScheduleReviewVisitController,
    SetVisitFocusController,
    RecordVisitObservationsController,
    RecordVisitController,
    SubmitPeerReviewReportController,
    ListPeerReviewGroupsController,
    ViewPeerReviewGroupController,
    ViewPeerReviewVisitController,
    ListSafeguardingConcernsController,
  ],
  providers: [
    PeerReviewDiary,
    VisitCommandRunner,
    FormPeerReviewGroupHandler,
    ScheduleReviewVisitHandler,
    SetVisitFocusHandler,
    RecordVisitObservationsHandler,
    RecordVisitHandler,
    SubmitPeerReviewReportHandler,
    ListPeerReviewGroupsHandler,
    ViewPeerReviewGroupHandler,
    ViewPeerReviewVisitHandler,
    ListSafeguardingConcernsHandler,
  ],
})
export class PeerReviewsModule {}
