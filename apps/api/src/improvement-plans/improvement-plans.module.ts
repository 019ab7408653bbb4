import { Module } from '@nestjs/common';
import { AddPlanActionController } from './adding-action/add-plan-action.controller.js';
import { AddPlanActionHandler } from './adding-action/add-plan-action.handler.js';
import { AddPlanPriorityController } from './adding-priority/add-plan-priority.controller.js';
import { AddPlanPriorityHandler } from './adding-priority/add-plan-priority.handler.js';
import { AmendPlanActionController } from './amending-action/amend-plan-action.controller.js';
import { AmendPlanActionHandler } from './amending-action/amend-plan-action.handler.js';
import { AmendPlanPriorityController } from './amending-priority/amend-plan-priority.controller.js';
import { AmendPlanPriorityHandler } from './amending-priority/amend-plan-priority.handler.js';
import { CloseImprovementPlanYearController } from './closing-year/close-improvement-plan-year.controller.js';
import { CloseImprovementPlanYearHandler } from './closing-year/close-improvement-plan-year.handler.js';
import { CommitPlanSupportController } from './committing-support/commit-plan-support.controller.js';
import { CommitPlanSupportHandler } from './committing-support/commit-plan-support.handler.js';
import { ConfirmImprovementPlanController } from './confirming-plan/confirm-improvement-plan.controller.js';
import { ConfirmImprovementPlanHandler } from './confirming-plan/confirm-improvement-plan.handler.js';
import { DraftImprovementPlanController } from './drafting-plan/draft-improvement-plan.controller.js';
import { DraftImprovementPlanHandler } from './drafting-plan/draft-improvement-plan.handler.js';
import { PlanAims } from './plan-aims.js';
import { PlanCommandRunner } from './plan-command-runner.js';
import { RatePlanPriorityController } from './rating-priority/rate-plan-priority.controller.js';
import { RatePlanPriorityHandler } from './rating-priority/rate-plan-priority.handler.js';
import { ViewImprovementPlanController } from './viewing-plan/view-improvement-plan.controller.js';
import { ViewImprovementPlanHandler } from './viewing-plan/view-improvement-plan.handler.js';

/** Academy improvement plans (seeds 000 and 003): one vertical slice per command and query, each command through the plan runner. */
@Module({
  controllers: [
    DraftImprovementPlanController,
    AddPlanPriorityController,
    AmendPlanPriorityController,
    AddPlanActionController,
    AmendPlanActionController,
    RatePlanPriorityController,
    ConfirmImprovementPlanController,
    CloseImprovementPlanYearController,
    CommitPlanSupportController,
    ViewImprovementPlanController,
  ],
  providers: [
    PlanAims,
    PlanCommandRunner,
    DraftImprovementPlanHandler,
    AddPlanPriorityHandler,
    AmendPlanPriorityHandler,
    AddPlanActionHandler,
    AmendPlanActionHandler,
    RatePlanPriorityHandler,
    ConfirmImprovementPlanHandler,
    CloseImprovementPlanYearHandler,
    CommitPlanSupportHandler,
    ViewImprovementPlanHandler,
  ],
})
export class ImprovementPlansModule {}
