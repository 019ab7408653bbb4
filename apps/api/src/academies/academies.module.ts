import { Module } from '@nestjs/common';
import { AcademyCommandPipeline } from './academy-command-pipeline.js';
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
import { ViewAcademyCardController } from './viewing-academy-card/view-academy-card.controller.js';
import { ViewAcademyCardHandler } from './viewing-academy-card/view-academy-card.handler.js';

/** Academies and their evidence: one vertical slice per command and query. */
@Module({
  controllers: [
    ListAcademiesController,
    ViewAcademyCardController,
    RegisterAcademyController,
    SetKpiTargetController,
    RecordKpiController,
    CorrectKpiController,
  ],
  providers: [
    AcademyCommandPipeline,
    RegisterAcademyHandler,
    SetKpiTargetHandler,
    RecordKpiHandler,
    CorrectKpiHandler,
    ListAcademiesHandler,
    ViewAcademyCardHandler,
  ],
})
export class AcademiesModule {}
