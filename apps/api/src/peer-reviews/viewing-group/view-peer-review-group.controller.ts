import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PEER_REVIEWS_PROJECTION } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import type { NamedPeerReviewGroup } from '../peer-review-academy-names.js';
import { groupNotFound, visibleGroup } from '../peer-review-readers.js';
import { PeerReviewGroupDto } from '../peer-review.schema.js';
import { ViewPeerReviewGroupQuery } from './view-peer-review-group.handler.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class ViewPeerReviewGroupController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('peer-reviews.read-group')
  @Get(':groupId')
  @ApiOperation({
    summary: 'A peer review group: its members, its lead and the diary of its visits (no visit contents)',
    description: 'Headteachers and governors see the groups of their own academies only: any other group answers 404, exactly as one never formed.',
  })
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiOkResponse({ type: PeerReviewGroupDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'minPosition is not a non-negative integer.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such group, or one none of the caller\'s academies is in.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async group(@Param('groupId') groupId: string, @Query() query: ReadModelQuery, @Grant() grant: AccessGrant): Promise<NamedPeerReviewGroup> {
    await this.freshness.ensure([PEER_REVIEWS_PROJECTION], query.minPosition);
    const group = visibleGroup(await this.queryBus.execute(new ViewPeerReviewGroupQuery(groupId)), grant);
    if (group === null) throw groupNotFound(groupId);
    return group;
  }
}
