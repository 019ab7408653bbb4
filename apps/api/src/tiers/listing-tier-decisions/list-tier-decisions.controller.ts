import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { parseAcademicYear } from '@trust/domain';
import { TIER_HISTORY_PROJECTION, type TierHistoryEntry } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { OptionalAcademicYearQuery } from '../tier-queries.js';
import { TierHistoryEntryDto } from '../tier-schemas.js';
import { ListTierDecisionsQuery } from './list-tier-decisions.handler.js';

@ApiTags('tiers')
@Controller('tier-decisions')
export class ListTierDecisionsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('tier-decisions.list')
  @Get()
  @ApiOperation({
    summary: 'Every tier decision of an academic year, for the standards committee',
    description:
      'By academy URN, then in the order made; superseded decisions included (see `supersededBy`). The same entries as each academy\'s tier history, ' +
      'read on `on` the same way (a decision in effect from the later of 1 September of its year and the day it was made).',
  })
  @ApiOkResponse({ type: [TierHistoryEntryDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear is not an academic year, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async list(@Query() query: OptionalAcademicYearQuery): Promise<TierHistoryEntry[]> {
    const academicYear = query.academicYear === undefined ? null : parseAcademicYear(query.academicYear, 'academicYear');
    const readAt = await this.freshness.readAt([TIER_HISTORY_PROJECTION], query);
    return this.queryBus.execute(new ListTierDecisionsQuery(academicYear, readAt));
  }
}
