import { Module } from '@nestjs/common';
import { AgreeImprovementBudgetController } from './agreeing-improvement-budget/agree-improvement-budget.controller.js';
import { AgreeImprovementBudgetHandler } from './agreeing-improvement-budget/agree-improvement-budget.handler.js';
import { LogCoreDayController } from './logging-core-day/log-core-day.controller.js';
import { LogCoreDayHandler } from './logging-core-day/log-core-day.handler.js';
import { LogRechargeController } from './logging-recharge/log-recharge.controller.js';
import { LogRechargeHandler } from './logging-recharge/log-recharge.handler.js';
import { RateCards } from './rate-cards.js';
import { ReconcileLedgerController } from './reconciling-ledger/reconcile-ledger.controller.js';
import { ReconcileLedgerHandler } from './reconciling-ledger/reconcile-ledger.handler.js';
import { ReverseRechargeController } from './reversing-recharge/reverse-recharge.controller.js';
import { ReverseRechargeHandler } from './reversing-recharge/reverse-recharge.handler.js';
import { SetRateCardController } from './setting-rate-card/set-rate-card.controller.js';
import { SetRateCardHandler } from './setting-rate-card/set-rate-card.handler.js';
import { ViewCoreDaysController } from './viewing-core-days/view-core-days.controller.js';
import { ViewCoreDaysHandler } from './viewing-core-days/view-core-days.handler.js';
import { ViewRateCardController } from './viewing-rate-card/view-rate-card.controller.js';
import { ViewRateCardHandler } from './viewing-rate-card/view-rate-card.handler.js';
import { ViewLedgerController } from './viewing-ledger/view-ledger.controller.js';
import { ViewLedgerHandler } from './viewing-ledger/view-ledger.handler.js';

/** Recharges and the ledger finance reconciles: rate cards, improvement budgets, core days. One vertical slice per command and query. */
@Module({
  controllers: [
    SetRateCardController,
    AgreeImprovementBudgetController,
    LogCoreDayController,
    LogRechargeController,
    ReverseRechargeController,
    ViewRateCardController,
    ViewCoreDaysController,
    ViewLedgerController,
    ReconcileLedgerController,
  ],
  providers: [
    RateCards,
    SetRateCardHandler,
    AgreeImprovementBudgetHandler,
    LogCoreDayHandler,
    LogRechargeHandler,
    ReverseRechargeHandler,
    ViewRateCardHandler,
    ViewCoreDaysHandler,
    ViewLedgerHandler,
    ReconcileLedgerHandler,
  ],
})
export class FinanceModule {}
