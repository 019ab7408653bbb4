import { Module } from '@nestjs/common';
import { DecideTierController } from './deciding-tier/decide-tier.controller.js';
import { DecideTierHandler } from './deciding-tier/decide-tier.handler.js';
import { ListTierDecisionsController } from './listing-tier-decisions/list-tier-decisions.controller.js';
import { ListTierDecisionsHandler } from './listing-tier-decisions/list-tier-decisions.handler.js';
import { ViewTierHistoryController } from './viewing-tier-history/view-tier-history.controller.js';
import { ViewTierHistoryHandler } from './viewing-tier-history/view-tier-history.handler.js';
import { ViewTierRecommendationController } from './viewing-tier-recommendation/view-tier-recommendation.controller.js';
import { ViewTierRecommendationHandler } from './viewing-tier-recommendation/view-tier-recommendation.handler.js';

/** Tier recommendations, decisions and their history: one vertical slice per command and query. */
@Module({
  controllers: [ViewTierRecommendationController, DecideTierController, ViewTierHistoryController, ListTierDecisionsController],
  providers: [ViewTierRecommendationHandler, DecideTierHandler, ViewTierHistoryHandler, ListTierDecisionsHandler],
})
export class TiersModule {}
