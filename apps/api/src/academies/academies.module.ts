import { Module } from '@nestjs/common';
import { CorrectKpiController } from './correcting-kpi/correct-kpi.controller.js';
import { CorrectKpiHandler } from './correcting-kpi/correct-kpi.handler.js';
import { ListAcademiesController } from './listing-academies/list-academies.controller.js';
import { ListAcademiesHandler } from './listing-academies/list-academies.handler.js';
import { RecordKpiController } from './recording-kpi/record-kpi.controller.js';
import { RecordKpiHandler } from './recording-kpi/record-kpi.handler.js';
import { RegisterAcademyController } from './registering-academy/register-academy.controller.js';
import { RegisterAcademyHandler } from './registering-academy/register-academy.handler.js';
import { SetKpiTargetController } from './setting-kpi-target/set-kpi-target.controller.js';
import { SetKpiTargetHandler } from './setting-kpi-target/set-kpi-target.handler.js';
import { RecordInspectionController } from './recording-inspection/record-inspection.controller.js';
import { RecordInspectionHandler } from './recording-inspection/record-inspection.handler.js';
import { RecordAnnualReviewController } from './recording-annual-review/record-annual-review.controller.js';
import { RecordAnnualReviewHandler } from './recording-annual-review/record-annual-review.handler.js';
import { RecordOutcomeController } from './recording-outcome/record-outcome.controller.js';
import { RecordOutcomeHandler } from './recording-outcome/record-outcome.handler.js';
import { AssessRiskController } from './assessing-risk/assess-risk.controller.js';
import { AssessRiskHandler } from './assessing-risk/assess-risk.handler.js';
import { RecordBaselineController } from './recording-baseline/record-baseline.controller.js';
import { RecordBaselineHandler } from './recording-baseline/record-baseline.handler.js';
import { AssignSipController } from './assigning-sip/assign-sip.controller.js';
import { AssignSipHandler } from './assigning-sip/assign-sip.handler.js';
import { RecordSipVisitController } from './recording-sip-visit/record-sip-visit.controller.js';
import { RecordSipVisitHandler } from './recording-sip-visit/record-sip-visit.handler.js';
import { RecordCommissionedReviewController } from './recording-commissioned-review/record-commissioned-review.controller.js';
import { RecordCommissionedReviewHandler } from './recording-commissioned-review/record-commissioned-review.handler.js';
import { ViewAcademyCardController } from './viewing-academy-card/view-academy-card.controller.js';
import { ViewAcademyCardHandler } from './viewing-academy-card/view-academy-card.handler.js';
import { ViewKpiSeriesController } from './viewing-kpi-series/view-kpi-series.controller.js';
import { ViewTimelineController } from './viewing-timeline/view-timeline.controller.js';
import { ViewTimelineHandler } from './viewing-timeline/view-timeline.handler.js';

/** Academies and their evidence: one vertical slice per command and query. */
@Module({
  controllers: [
    ListAcademiesController,
    ViewAcademyCardController,
    RegisterAcademyController,
    SetKpiTargetController,
    RecordKpiController,
    CorrectKpiController,
    RecordInspectionController,
    RecordAnnualReviewController,
    RecordOutcomeController,
    AssessRiskController,
    RecordBaselineController,
    AssignSipController,
    RecordSipVisitController,
    RecordCommissionedReviewController,
    ViewTimelineController,
    ViewKpiSeriesController,
  ],
  providers: [
    RegisterAcademyHandler,
    SetKpiTargetHandler,
    RecordKpiHandler,
    CorrectKpiHandler,
    RecordInspectionHandler,
    RecordAnnualReviewHandler,
    RecordOutcomeHandler,
    AssessRiskHandler,
    RecordBaselineHandler,
    AssignSipHandler,
    RecordSipVisitHandler,
    RecordCommissionedReviewHandler,
    ListAcademiesHandler,
    ViewAcademyCardHandler,
    ViewTimelineHandler,
  ],
})
export class AcademiesModule {}
