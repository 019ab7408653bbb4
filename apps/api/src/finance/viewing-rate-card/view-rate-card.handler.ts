import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DEFAULT_RATES, type RateCardRates } from '@trust/domain';
import { RateCards } from '../rate-cards.js';

/** The rates that price a year's recharges, and whether the year has a rate card of its own. */
export interface RateCardView {
  academicYear: string;
  rates: RateCardRates;
  /** `set`: the year's own rate card; `default`: none was set, seed 003's rates apply. */
  source: 'set' | 'default';
}

export class ViewRateCardQuery extends Query<RateCardView> {
  constructor(readonly academicYear: string) {
    super();
  }
}

/** Read from the rate card's stream, exactly as POST /recharges prices a recharge. */
@QueryHandler(ViewRateCardQuery)
export class ViewRateCardHandler implements IQueryHandler<ViewRateCardQuery> {
  constructor(private readonly rateCards: RateCards) {}

  async execute({ academicYear }: ViewRateCardQuery): Promise<RateCardView> {
    const rateCard = await this.rateCards.inForce(academicYear);
    return rateCard === null ? { academicYear, rates: { ...DEFAULT_RATES }, source: 'default' } : { academicYear, rates: rateCard.rates, source: 'set' };
  }
}
