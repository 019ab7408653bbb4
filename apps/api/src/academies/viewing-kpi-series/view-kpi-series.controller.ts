import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { ViewAcademyCardQuery } from '../viewing-academy-card/view-academy-card.handler.js';
import { kpiSeriesOf, type AcademyKpiSeries } from './kpi-series.js';
import { AcademyKpiSeriesDto } from './kpi-series.schema.js';

@ApiTags('academies')
@Controller('academies')
export class ViewKpiSeriesController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('academy-card.read')
  @Get(':id/kpi-series')
  @ApiOperation({
    summary: "An academy's KPI figures as a series per KPI, each against its target: what a trend chart draws",
    description: 'The figures, targets and RAG of the card (read the same way on both time axes), grouped by KPI and put in time order.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: AcademyKpiSeriesDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy (or not registered at asOf, or by the date on).' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition (or asOf) yet (see Retry-After).' })
  async series(@AcademyIdParam() academyId: string, @Query() query: ReadAtQuery): Promise<AcademyKpiSeries> {
    const readAt = await this.freshness.readAt([ACADEMY_CARD_PROJECTION], query);
    const card = await this.queryBus.execute(new ViewAcademyCardQuery(academyId, readAt));
    if (card === null) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    return kpiSeriesOf(card);
  }
}
