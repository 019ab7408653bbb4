import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PEER_REVIEWS_PROJECTION, type PeerReviewVisitAnswer } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import { visibleVisit, visitNotFound } from '../peer-review-readers.js';
import { PeerReviewVisitDto } from '../peer-review.schema.js';
import { ViewPeerReviewVisitQuery } from './view-peer-review-visit.handler.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class ViewPeerReviewVisitController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('peer-reviews.read-visit')
  @Get(':groupId/visits/:visitId')
  @ApiOperation({
    summary: "A peer review visit with its contents: focus, each visitor's observations, the visit held (feedback, actions), safeguarding concerns and the summary report",
    description:
      "Confidential (seed 003): answered only to the visit's attendees (host, lead and reviewing headteachers, the facilitator), " +
      "the chief executive (trust-admin) and the host academy's chair of governors (a governor of the host academy). " +
      'To anyone else it answers 404, exactly as for a visit that does not exist.',
  })
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit.' })
  @ApiOkResponse({ type: PeerReviewVisitDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'minPosition is not a non-negative integer.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such visit in the group, or one the caller may not read.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async visit(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Query() query: ReadModelQuery,
    @Grant() grant: AccessGrant,
  ): Promise<PeerReviewVisitAnswer> {
    await this.freshness.ensure([PEER_REVIEWS_PROJECTION], query.minPosition);
    const found = await this.queryBus.execute(new ViewPeerReviewVisitQuery(visitId));
    const visit = visibleVisit(found !== null && found.groupId === groupId ? found : null, grant);
    if (visit === null) throw visitNotFound(groupId, visitId);
    return visit;
  }
}
