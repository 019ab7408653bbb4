import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION, AIMS_PROJECTION, type AimView } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { AimViewDto } from '../aims.schema.js';
import { ListAimsQuery } from './list-aims.handler.js';

@ApiTags('aims')
@Controller('academies')
export class ListAimsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('aims.list')
  @Get(':id/aims')
  @ApiOperation({
    summary: "An academy's Academy Improvement Meetings, by date",
    description: '`asOf` answers as the system knew it then; `on` keeps the AIMs dated on or before that day.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: [AimViewDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async list(@AcademyIdParam() academyId: string, @Query() query: ReadAtQuery): Promise<AimView[]> {
    const readAt = await this.freshness.readAt([AIMS_PROJECTION, ACADEMY_CARD_PROJECTION], query);
    const aims = await this.queryBus.execute(new ListAimsQuery(academyId, readAt));
    if (aims === null) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    return aims;
  }
}
