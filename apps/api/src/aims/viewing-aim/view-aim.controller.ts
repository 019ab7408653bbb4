import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AIMS_PROJECTION, type AimView } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { aimInScope, aimNotFound } from '../aim-scope.js';
import { AimViewDto } from '../aims.schema.js';
import { ViewAimQuery } from './view-aim.handler.js';

@ApiTags('aims')
@Controller('aims')
export class ViewAimController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('aims.read')
  @Get(':aimId')
  @ApiOperation({
    summary: 'An Academy Improvement Meeting: its documents with their overdue flags, its reschedules, outcome and report',
    description:
      '`asOf` answers as the system knew it then; `on` answers the AIM only if its date is on or before that day. ' +
      "An AIM of an academy the caller may not see answers 404 exactly as an unknown one, whatever `asOf` and `on` say.",
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  @ApiOkResponse({ type: AimViewDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is malformed, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: "Unknown AIM (as known at asOf, dated by on), or another academy's." })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async view(@AimIdParam() aimId: string, @Query() query: ReadAtQuery, @Grant() grant: AccessGrant): Promise<AimView> {
    const readAt = await this.freshness.readAt([AIMS_PROJECTION], query);
    const aim = await this.queryBus.execute(new ViewAimQuery(aimId, readAt));
    if (aim === null || !aimInScope(grant, aim.academyId)) throw aimNotFound(aimId);
    return aim;
  }
}
