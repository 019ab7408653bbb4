import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION, type AcademyListItem } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { AcademyListItemDto } from '../academy-card.schema.js';
import { ListAcademiesQuery } from './list-academies.handler.js';

@ApiTags('academies')
@Controller('academies')
export class ListAcademiesController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('academies.list')
  @Get()
  @ApiOperation({
    summary: 'Every academy with its current tier and RAG summary, by URN',
    description:
      'Headteachers, governors and SIPs get only the academies in their token. ' +
      'asOf: the list as the system knew it then (the academies registered by then, each headline as it stood). ' +
      'on: the academies that had joined by that date, each headline as its card on that date by what is known now (or at asOf).',
  })
  @ApiOkResponse({ type: [AcademyListItemDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition (or asOf) yet (see Retry-After).' })
  async list(@Query() query: ReadAtQuery, @Grant() grant: AccessGrant): Promise<AcademyListItem[]> {
    const readAt = await this.freshness.readAt([ACADEMY_CARD_PROJECTION], query);
    return this.queryBus.execute(new ListAcademiesQuery(grant.academies, readAt));
  }
}
