import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { RateCardQueryDto } from '../finance-queries.dto.js';
import { RateCardDto } from '../finance.schema.js';
import { ViewRateCardQuery, type RateCardView } from './view-rate-card.handler.js';

@ApiTags('finance')
@Controller('finance')
export class ViewRateCardController {
  constructor(private readonly queryBus: QueryBus) {}

  @Allow('rate-cards.read')
  @Get('rate-card')
  @ApiOperation({
    summary: "The rate card that prices an academic year's recharges: pence per day for each role",
    description:
      "The year's own rate card (`source: set`), or seed 003's default rates when none was set (`source: default`), exactly as POST /recharges prices support delivered in the year, " +
      'so the price of a recharge can be shown before it is logged. Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for).',
  })
  @ApiOkResponse({ type: RateCardDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear missing or not YYYY/YY, or minPosition not a non-negative integer.' })
  rateCard(@Query() query: RateCardQueryDto): Promise<RateCardView> {
    return this.queryBus.execute(new ViewRateCardQuery(query.academicYear));
  }
}
