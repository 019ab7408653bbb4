import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION, type AcademyCardView } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { AcademyCardDto, UngradedOverallEffectivenessDto } from '../academy-card.schema.js';
import { ViewAcademyCardQuery } from './view-academy-card.handler.js';

@ApiTags('academies')
@ApiExtraModels(UngradedOverallEffectivenessDto)
@Controller('academies')
export class ViewAcademyCardController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('academy-card.read')
  @Get(':id/card')
  @ApiOperation({ summary: "An academy's card: its details, current tier, latest inspection, risk level, partner and every KPI figure with target and RAG" })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: AcademyCardDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy (or not registered at asOf, or by the date on).' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition (or asOf) yet (see Retry-After).' })
  async card(@AcademyIdParam() academyId: string, @Query() query: ReadAtQuery): Promise<AcademyCardView> {
    const readAt = await this.freshness.readAt([ACADEMY_CARD_PROJECTION], query);
    const card = await this.queryBus.execute(new ViewAcademyCardQuery(academyId, readAt));
    if (card === null) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    }
    return card;
  }
}
