import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION, TIER_HISTORY_PROJECTION, type TierHistoryEntry } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { TierHistoryEntryDto } from '../tier-schemas.js';
import { ViewTierHistoryQuery } from './view-tier-history.handler.js';

@ApiTags('tiers')
@Controller('academies')
export class ViewTierHistoryController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('tier-history.read')
  @Get(':id/tier-history')
  @ApiOperation({
    summary: "Every tier decision of an academy, in the order made: the standards committee's audit trail",
    description:
      'Each decision with the recommendation, the reasons, the evidence snapshot as it was when the decision was made (each item with the position of the event it came from), ' +
      'who decided, the day it was made (`decidedOn`) and the instant it was recorded (`recordedAt`), the rationale of an override, and which later decision of the same year superseded it. ' +
      'With `on`, the decisions in effect that day: each from the later of 1 September of its year and the day it was made, so a mid-year revision from its own day, ' +
      'and a decision whose revision had not yet taken effect shows `supersededBy` null.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: [TierHistoryEntryDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async history(@AcademyIdParam() academyId: string, @Query() query: ReadAtQuery): Promise<TierHistoryEntry[]> {
    const readAt = await this.freshness.readAt([TIER_HISTORY_PROJECTION, ACADEMY_CARD_PROJECTION], query);
    const history = await this.queryBus.execute(new ViewTierHistoryQuery(academyId, readAt));
    if (history === null) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    }
    return history;
  }
}
