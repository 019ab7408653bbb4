import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PEER_REVIEWS_PROJECTION, type SafeguardingConcernAnswer } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import { SafeguardingConcernDto } from '../peer-review.schema.js';
import { ListSafeguardingConcernsQuery } from './list-safeguarding-concerns.handler.js';

export class SafeguardingConcernsQueryDto extends ReadModelQuery {
  @ApiPropertyOptional({ description: 'Only concerns flagged on or after this date.', format: 'date', example: '2025-09-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
}

@ApiTags('peer-reviews')
@Controller('safeguarding-concerns')
export class ListSafeguardingConcernsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('safeguarding-concerns.read')
  @Get()
  @ApiOperation({
    summary: 'Safeguarding concerns flagged on peer review visits, for escalation',
    description:
      'Seed 003: visiting headteachers share "emerging issues, particularly those of a safeguarding nature". Every concern recorded on a visit is listed here for the chief executive (trust-admin) to escalate, oldest first, with the visit and group it came from.',
  })
  @ApiOkResponse({ type: [SafeguardingConcernDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'from is not a date, or minPosition not a non-negative integer.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async concerns(@Query() query: SafeguardingConcernsQueryDto): Promise<SafeguardingConcernAnswer[]> {
    await this.freshness.ensure([PEER_REVIEWS_PROJECTION], query.minPosition);
    return this.queryBus.execute(new ListSafeguardingConcernsQuery(query.from));
  }
}
