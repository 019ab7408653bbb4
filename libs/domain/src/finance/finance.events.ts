import type { CoreDaysEvent } from './core-days/core-days.events.js';
import type { ImprovementBudgetEvent } from './improvement-budget/improvement-budget.events.js';
import type { RateCardEvent } from './rate-card/rate-card.events.js';
import type { RechargeEvent } from './recharge/recharge.events.js';

/** Every finance event: rate cards, improvement budgets, core days and recharges. */
export type FinanceEvent = RateCardEvent | ImprovementBudgetEvent | CoreDaysEvent | RechargeEvent;
